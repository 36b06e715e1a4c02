package io.cachedinference.hazelcast;

import io.cachedinference.tck.KeyGenerationSuite;
import io.cachedinference.tck.ProviderFixture;

final class HazelcastKeyGenerationTest extends KeyGenerationSuite {

    @Override
    protected ProviderFixture fixture() {
        return new HazelcastFixture();
    }
}
