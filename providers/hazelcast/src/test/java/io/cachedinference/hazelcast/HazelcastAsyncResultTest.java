package io.cachedinference.hazelcast;

import io.cachedinference.tck.AsyncResultSuite;
import io.cachedinference.tck.ProviderFixture;

final class HazelcastAsyncResultTest extends AsyncResultSuite {

    @Override
    protected ProviderFixture fixture() {
        return new HazelcastFixture();
    }
}
