package io.cachedinference.hazelcast;

import io.cachedinference.tck.BatchSuite;
import io.cachedinference.tck.ProviderFixture;

final class HazelcastBatchTest extends BatchSuite {

    @Override
    protected ProviderFixture fixture() {
        return new HazelcastFixture();
    }
}
