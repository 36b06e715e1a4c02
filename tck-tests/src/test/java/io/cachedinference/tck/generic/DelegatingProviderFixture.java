package io.cachedinference.tck.generic;

import io.cachedinference.tck.ProviderFixture;
import io.cachedinference.tck.faults.FaultInjectingCachingProvider;
import java.util.Map;

/**
 * A third-party {@code CachingProvider} as a user would bring one: a delegating wrapper over Ehcache's JCache
 * provider (without faults), selected by its class name, so the generic adapter drives it and never sees
 * Ehcache's own adapter.
 */
final class DelegatingProviderFixture implements ProviderFixture {

    @Override
    public String alias() {
        return FaultInjectingCachingProvider.class.getName();
    }

    @Override
    public Map<String, String> properties() {
        return Map.of(FaultInjectingCachingProvider.DELEGATE, "org.ehcache.jsr107.EhcacheCachingProvider",
                "cached-inference.cache-defaults.bound", "provider");
    }
}
