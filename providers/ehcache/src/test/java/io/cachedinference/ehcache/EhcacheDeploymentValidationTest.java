package io.cachedinference.ehcache;

import io.cachedinference.tck.DeploymentValidationSuite;
import io.cachedinference.tck.ProviderFixture;

final class EhcacheDeploymentValidationTest extends DeploymentValidationSuite {

    @Override
    protected ProviderFixture fixture() {
        return new EhcacheFixture();
    }
}
