package io.cachedinference.infinispan;

import io.cachedinference.tck.CachingContractSuite;
import io.cachedinference.tck.ProviderFixture;

final class InfinispanCachingContractTest extends CachingContractSuite {

    @Override
    protected ProviderFixture fixture() {
        return new InfinispanFixture();
    }
}
