package io.cachedinference.caffeine;

import io.cachedinference.tck.SingleFlightSuite;
import io.cachedinference.tck.ProviderFixture;

final class CaffeineSingleFlightTest extends SingleFlightSuite {

    @Override
    protected ProviderFixture fixture() {
        return new CaffeineFixture();
    }
}
