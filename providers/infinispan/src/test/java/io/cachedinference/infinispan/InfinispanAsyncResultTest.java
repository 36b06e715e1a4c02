package io.cachedinference.infinispan;

import io.cachedinference.tck.AsyncResultSuite;
import io.cachedinference.tck.ProviderFixture;

final class InfinispanAsyncResultTest extends AsyncResultSuite {

    @Override
    protected ProviderFixture fixture() {
        return new InfinispanFixture();
    }
}
