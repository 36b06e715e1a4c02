package io.cachedinference.infinispan;

import io.cachedinference.tck.CompressionSuite;
import io.cachedinference.tck.ProviderFixture;

final class InfinispanCompressionTest extends CompressionSuite {

    @Override
    protected ProviderFixture fixture() {
        return new InfinispanFixture();
    }
}
