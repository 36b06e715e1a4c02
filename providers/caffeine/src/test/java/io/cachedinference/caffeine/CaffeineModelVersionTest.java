package io.cachedinference.caffeine;

import io.cachedinference.tck.ModelVersionSuite;
import io.cachedinference.tck.ProviderFixture;

final class CaffeineModelVersionTest extends ModelVersionSuite {

    @Override
    protected ProviderFixture fixture() {
        return new CaffeineFixture();
    }
}
