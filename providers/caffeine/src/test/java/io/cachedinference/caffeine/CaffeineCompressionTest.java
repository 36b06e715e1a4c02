package io.cachedinference.caffeine;

import io.cachedinference.tck.CompressionSuite;
import io.cachedinference.tck.ProviderFixture;

final class CaffeineCompressionTest extends CompressionSuite {

    @Override
    protected ProviderFixture fixture() {
        return new CaffeineFixture();
    }
}
