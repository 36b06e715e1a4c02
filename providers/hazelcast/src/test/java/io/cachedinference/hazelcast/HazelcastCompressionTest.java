package io.cachedinference.hazelcast;

import io.cachedinference.tck.CompressionSuite;
import io.cachedinference.tck.ProviderFixture;

final class HazelcastCompressionTest extends CompressionSuite {

    @Override
    protected ProviderFixture fixture() {
        return new HazelcastFixture();
    }
}
