package io.cachedinference.infinispan;

import io.cachedinference.tck.KeyGenerationSuite;
import io.cachedinference.tck.ProviderFixture;

final class InfinispanKeyGenerationTest extends KeyGenerationSuite {

    @Override
    protected ProviderFixture fixture() {
        return new InfinispanFixture();
    }
}
