package io.cachedinference.ehcache;

import io.cachedinference.tck.PolicySuite;
import io.cachedinference.tck.ProviderFixture;

final class EhcachePolicyTest extends PolicySuite {

    @Override
    protected ProviderFixture fixture() {
        return new EhcacheFixture();
    }
}
