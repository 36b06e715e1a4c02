package io.cachedinference.ehcache;

import io.cachedinference.tck.ProviderFixture;

/** Ehcache as the kit sees it: a strict heap entry bound, an approximate byte bound. */
final class EhcacheFixture implements ProviderFixture {

    /**
     * Ehcache evicts by its own object-graph sizing, which also counts keys, so the values it holds may
     * exceed the bound by the value just written before the next eviction; the adapter drives the
     * evictions Ehcache leaves out after a burst (ByteBoundEnforcer). The kit's largest value is 16 KiB.
     */
    @Override
    public long byteBoundSlack() {
        return 16 * 1024 + 16;
    }

    @Override
    public String alias() {
        return "ehcache";
    }
}
