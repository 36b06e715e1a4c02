package io.cachedinference.hazelcast;

import io.cachedinference.tck.ByteBoundSuite;
import io.cachedinference.tck.ProviderFixture;

final class HazelcastByteBoundTest extends ByteBoundSuite {

    @Override
    protected ProviderFixture fixture() {
        return new HazelcastFixture();
    }
}
