package io.cachedinference.caffeine;

import io.cachedinference.tck.KeyGenerationSuite;
import io.cachedinference.tck.ProviderFixture;

final class CaffeineKeyGenerationTest extends KeyGenerationSuite {

    @Override
    protected ProviderFixture fixture() {
        return new CaffeineFixture();
    }
}
