package io.cachedinference.ehcache;

import io.cachedinference.tck.KeyGenerationSuite;
import io.cachedinference.tck.ProviderFixture;

final class EhcacheKeyGenerationTest extends KeyGenerationSuite {

    @Override
    protected ProviderFixture fixture() {
        return new EhcacheFixture();
    }
}
