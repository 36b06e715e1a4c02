package io.cachedinference.caffeine;

import io.cachedinference.tck.ProviderFixture;
import io.cachedinference.tck.ProviderKit;

/** The whole provider kit on Caffeine. */
final class CaffeineKitTest extends ProviderKit {

    @Override
    protected ProviderFixture fixture() {
        return new CaffeineFixture();
    }
}
