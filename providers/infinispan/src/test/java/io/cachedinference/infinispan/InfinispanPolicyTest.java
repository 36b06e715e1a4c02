package io.cachedinference.infinispan;

import io.cachedinference.tck.PolicySuite;
import io.cachedinference.tck.ProviderFixture;

final class InfinispanPolicyTest extends PolicySuite {

    @Override
    protected ProviderFixture fixture() {
        return new InfinispanFixture();
    }
}
