package io.cachedinference.ehcache;

import io.cachedinference.tck.BatchSuite;
import io.cachedinference.tck.ProviderFixture;

final class EhcacheBatchTest extends BatchSuite {

    @Override
    protected ProviderFixture fixture() {
        return new EhcacheFixture();
    }
}
