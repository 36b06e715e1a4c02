package io.cachedinference.caffeine;

import io.cachedinference.tck.SwitchesSuite;
import io.cachedinference.tck.ProviderFixture;

final class CaffeineSwitchesTest extends SwitchesSuite {

    @Override
    protected ProviderFixture fixture() {
        return new CaffeineFixture();
    }
}
