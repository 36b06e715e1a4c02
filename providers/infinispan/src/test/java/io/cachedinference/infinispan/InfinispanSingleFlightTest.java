package io.cachedinference.infinispan;

import io.cachedinference.tck.SingleFlightSuite;
import io.cachedinference.tck.ProviderFixture;

final class InfinispanSingleFlightTest extends SingleFlightSuite {

    @Override
    protected ProviderFixture fixture() {
        return new InfinispanFixture();
    }
}
