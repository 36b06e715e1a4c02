package io.cachedinference.hazelcast;

import io.cachedinference.tck.SwitchesSuite;
import io.cachedinference.tck.ProviderFixture;

final class HazelcastSwitchesTest extends SwitchesSuite {

    @Override
    protected ProviderFixture fixture() {
        return new HazelcastFixture();
    }
}
