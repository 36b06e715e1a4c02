package io.cachedinference.ehcache;

import io.cachedinference.tck.SwitchesSuite;
import io.cachedinference.tck.ProviderFixture;

final class EhcacheSwitchesTest extends SwitchesSuite {

    @Override
    protected ProviderFixture fixture() {
        return new EhcacheFixture();
    }
}
