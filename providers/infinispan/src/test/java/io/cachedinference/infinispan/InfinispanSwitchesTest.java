package io.cachedinference.infinispan;

import io.cachedinference.tck.SwitchesSuite;
import io.cachedinference.tck.ProviderFixture;

final class InfinispanSwitchesTest extends SwitchesSuite {

    @Override
    protected ProviderFixture fixture() {
        return new InfinispanFixture();
    }
}
