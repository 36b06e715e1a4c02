package io.cachedinference.caffeine;

import io.cachedinference.tck.CachingContractSuite;
import io.cachedinference.tck.ProviderFixture;

final class CaffeineCachingContractTest extends CachingContractSuite {

    @Override
    protected ProviderFixture fixture() {
        return new CaffeineFixture();
    }
}
