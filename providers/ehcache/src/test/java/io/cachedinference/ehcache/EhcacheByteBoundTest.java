package io.cachedinference.ehcache;

import io.cachedinference.tck.ByteBoundSuite;
import io.cachedinference.tck.ProviderFixture;

final class EhcacheByteBoundTest extends ByteBoundSuite {

    @Override
    protected ProviderFixture fixture() {
        return new EhcacheFixture();
    }
}
