package io.cachedinference.caffeine;

import io.cachedinference.tck.ByteBoundSuite;
import io.cachedinference.tck.ProviderFixture;

final class CaffeineByteBoundTest extends ByteBoundSuite {

    @Override
    protected ProviderFixture fixture() {
        return new CaffeineFixture();
    }
}
