package io.cachedinference.hazelcast;

import io.cachedinference.tck.CachingContractSuite;
import io.cachedinference.tck.ProviderFixture;

final class HazelcastCachingContractTest extends CachingContractSuite {

    @Override
    protected ProviderFixture fixture() {
        return new HazelcastFixture();
    }
}
