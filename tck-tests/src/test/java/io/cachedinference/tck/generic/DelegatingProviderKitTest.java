package io.cachedinference.tck.generic;

import io.cachedinference.tck.ProviderFixture;
import io.cachedinference.tck.ProviderKit;

/** The whole kit on a delegating CachingProvider that no adapter knows, over Ehcache. */
final class DelegatingProviderKitTest extends ProviderKit {

    @Override
    protected ProviderFixture fixture() {
        return new DelegatingProviderFixture();
    }
}
