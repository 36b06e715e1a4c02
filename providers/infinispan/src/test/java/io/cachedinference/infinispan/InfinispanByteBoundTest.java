package io.cachedinference.infinispan;

import io.cachedinference.tck.ByteBoundSuite;
import io.cachedinference.tck.ProviderFixture;

final class InfinispanByteBoundTest extends ByteBoundSuite {

    @Override
    protected ProviderFixture fixture() {
        return new InfinispanFixture();
    }
}
