package io.cachedinference.infinispan;

import io.cachedinference.tck.ProviderFixture;

/**
 * Infinispan as the kit sees it: a strict entry bound, as Infinispan runs Caffeine's eviction on the
 * writing thread, so no slack is declared.
 */
final class InfinispanFixture implements ProviderFixture {

    @Override
    public String alias() {
        return "infinispan";
    }
}
