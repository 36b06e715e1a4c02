package io.cachedinference.hazelcast;

import io.cachedinference.tck.DeploymentValidationSuite;
import io.cachedinference.tck.ProviderFixture;

final class HazelcastDeploymentValidationTest extends DeploymentValidationSuite {

    @Override
    protected ProviderFixture fixture() {
        return new HazelcastFixture();
    }
}
