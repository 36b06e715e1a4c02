package io.cachedinference.infinispan;

import io.cachedinference.tck.ProviderFixture;
import io.cachedinference.tck.ProviderKit;

/** The whole provider kit on Infinispan. */
final class InfinispanKitTest extends ProviderKit {

    @Override
    protected ProviderFixture fixture() {
        return new InfinispanFixture();
    }
}
