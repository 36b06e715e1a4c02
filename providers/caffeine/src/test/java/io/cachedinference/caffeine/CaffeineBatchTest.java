package io.cachedinference.caffeine;

import io.cachedinference.tck.BatchSuite;
import io.cachedinference.tck.ProviderFixture;

final class CaffeineBatchTest extends BatchSuite {

    @Override
    protected ProviderFixture fixture() {
        return new CaffeineFixture();
    }
}
