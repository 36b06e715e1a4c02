package io.cachedinference.ehcache;

import io.cachedinference.tck.ProviderFixture;

/** Ehcache as the kit sees it: a strict heap entry bound, an approximate byte bound. */
final class EhcacheFixture implements ProviderFixture {

    /**
     * Ehcache's heap store evicts at most two entries per write (OnHeapStore.enforceCapacity), so
     * a large value written after small ones can leave the heap above its byte bound by up to about
     * one large value until later writes catch up; the kit's largest value is 8 KiB.
     */
    @Override
    public long byteBoundSlack() {
        return 16 * 1024;
    }

    @Override
    public String alias() {
        return "ehcache";
    }
}
