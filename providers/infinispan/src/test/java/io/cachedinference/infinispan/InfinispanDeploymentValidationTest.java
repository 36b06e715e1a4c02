package io.cachedinference.infinispan;

import io.cachedinference.tck.DeploymentValidationSuite;
import io.cachedinference.tck.ProviderFixture;

final class InfinispanDeploymentValidationTest extends DeploymentValidationSuite {

    @Override
    protected ProviderFixture fixture() {
        return new InfinispanFixture();
    }
}
