package io.cachedinference.hazelcast;

import io.cachedinference.tck.ModelVersionSuite;
import io.cachedinference.tck.ProviderFixture;

final class HazelcastModelVersionTest extends ModelVersionSuite {

    @Override
    protected ProviderFixture fixture() {
        return new HazelcastFixture();
    }
}
