package io.cachedinference.ehcache;

import io.cachedinference.tck.ProviderFixture;

/** Ehcache as the kit sees it: a strict heap entry bound. */
final class EhcacheFixture implements ProviderFixture {

    @Override
    public String alias() {
        return "ehcache";
    }
}
