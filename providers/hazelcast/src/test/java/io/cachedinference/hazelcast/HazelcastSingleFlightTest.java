package io.cachedinference.hazelcast;

import io.cachedinference.tck.SingleFlightSuite;
import io.cachedinference.tck.ProviderFixture;

final class HazelcastSingleFlightTest extends SingleFlightSuite {

    @Override
    protected ProviderFixture fixture() {
        return new HazelcastFixture();
    }
}
