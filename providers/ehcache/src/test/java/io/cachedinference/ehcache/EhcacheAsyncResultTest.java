package io.cachedinference.ehcache;

import io.cachedinference.tck.AsyncResultSuite;
import io.cachedinference.tck.ProviderFixture;

final class EhcacheAsyncResultTest extends AsyncResultSuite {

    @Override
    protected ProviderFixture fixture() {
        return new EhcacheFixture();
    }
}
