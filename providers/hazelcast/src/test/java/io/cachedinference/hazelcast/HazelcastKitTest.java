package io.cachedinference.hazelcast;

import io.cachedinference.tck.ProviderFixture;
import io.cachedinference.tck.ProviderKit;

/** The whole provider kit on Hazelcast. */
final class HazelcastKitTest extends ProviderKit {

    @Override
    protected ProviderFixture fixture() {
        return new HazelcastFixture();
    }
}
