package io.cachedinference.ehcache;

import io.cachedinference.tck.SingleFlightSuite;
import io.cachedinference.tck.ProviderFixture;

final class EhcacheSingleFlightTest extends SingleFlightSuite {

    @Override
    protected ProviderFixture fixture() {
        return new EhcacheFixture();
    }
}
