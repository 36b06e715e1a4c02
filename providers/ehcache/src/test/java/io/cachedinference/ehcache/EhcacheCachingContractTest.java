package io.cachedinference.ehcache;

import io.cachedinference.tck.CachingContractSuite;
import io.cachedinference.tck.ProviderFixture;

final class EhcacheCachingContractTest extends CachingContractSuite {

    @Override
    protected ProviderFixture fixture() {
        return new EhcacheFixture();
    }
}
