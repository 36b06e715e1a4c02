package io.cachedinference.hazelcast;

import io.cachedinference.tck.PolicySuite;
import io.cachedinference.tck.ProviderFixture;

final class HazelcastPolicyTest extends PolicySuite {

    @Override
    protected ProviderFixture fixture() {
        return new HazelcastFixture();
    }
}
