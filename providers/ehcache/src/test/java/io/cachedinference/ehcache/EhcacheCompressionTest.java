package io.cachedinference.ehcache;

import io.cachedinference.tck.CompressionSuite;
import io.cachedinference.tck.ProviderFixture;

final class EhcacheCompressionTest extends CompressionSuite {

    @Override
    protected ProviderFixture fixture() {
        return new EhcacheFixture();
    }
}
