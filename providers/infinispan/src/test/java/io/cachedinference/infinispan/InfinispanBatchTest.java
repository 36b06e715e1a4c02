package io.cachedinference.infinispan;

import io.cachedinference.tck.BatchSuite;
import io.cachedinference.tck.ProviderFixture;

final class InfinispanBatchTest extends BatchSuite {

    @Override
    protected ProviderFixture fixture() {
        return new InfinispanFixture();
    }
}
