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

    /**
     * The adapter leaves JCache statistics off (they would change Infinispan's read path), and
     * Infinispan 16 registers no {@code javax.cache:type=CacheStatistics} MXBean for these managers
     * anyway (checked: none in the platform MBean server), so evictions are reported as unknown.
     */
    @Override
    public boolean publishesEvictions() {
        return false;
    }
}
