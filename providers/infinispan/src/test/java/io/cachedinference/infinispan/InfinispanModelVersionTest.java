package io.cachedinference.infinispan;

import io.cachedinference.tck.ModelVersionSuite;
import io.cachedinference.tck.ProviderFixture;

final class InfinispanModelVersionTest extends ModelVersionSuite {

    @Override
    protected ProviderFixture fixture() {
        return new InfinispanFixture();
    }
}
