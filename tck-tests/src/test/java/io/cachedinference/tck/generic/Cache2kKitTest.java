package io.cachedinference.tck.generic;

import io.cachedinference.tck.ProviderFixture;
import io.cachedinference.tck.ProviderKit;

/** The whole kit on cache2k, a JCache provider without an adapter of ours. */
final class Cache2kKitTest extends ProviderKit {

    @Override
    protected ProviderFixture fixture() {
        return new Cache2kFixture();
    }
}
