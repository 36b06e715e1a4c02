package io.cachedinference.ehcache;

import io.cachedinference.tck.ProviderFixture;
import io.cachedinference.tck.ProviderKit;

/** The whole provider kit on Ehcache. */
final class EhcacheKitTest extends ProviderKit {

    @Override
    protected ProviderFixture fixture() {
        return new EhcacheFixture();
    }
}
