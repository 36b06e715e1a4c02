package io.cachedinference.caffeine;

import io.cachedinference.tck.AsyncResultSuite;
import io.cachedinference.tck.ProviderFixture;

final class CaffeineAsyncResultTest extends AsyncResultSuite {

    @Override
    protected ProviderFixture fixture() {
        return new CaffeineFixture();
    }
}
