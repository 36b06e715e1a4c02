package io.cachedinference.caffeine;

import io.cachedinference.tck.DeploymentValidationSuite;
import io.cachedinference.tck.ProviderFixture;

final class CaffeineDeploymentValidationTest extends DeploymentValidationSuite {

    @Override
    protected ProviderFixture fixture() {
        return new CaffeineFixture();
    }
}
