package io.cachedinference.ehcache;

import io.cachedinference.tck.ModelVersionSuite;
import io.cachedinference.tck.ProviderFixture;

final class EhcacheModelVersionTest extends ModelVersionSuite {

    @Override
    protected ProviderFixture fixture() {
        return new EhcacheFixture();
    }
}
