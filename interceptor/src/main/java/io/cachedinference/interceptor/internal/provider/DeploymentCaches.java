package io.cachedinference.interceptor.internal.provider;

import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.spi.CacheProviderAdapter;
import io.cachedinference.api.spi.CacheSettings;
import io.cachedinference.interceptor.internal.validation.NoCacheProviderException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.UUID;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.spi.CachingProvider;

/** The cache manager of one deployment: private to it, and closed with it. */
public final class DeploymentCaches implements AutoCloseable {

    private static final Logger LOG = System.getLogger("io.cachedinference");

    private final CacheProviderAdapter adapter;
    private final CacheManager manager;

    private DeploymentCaches(CacheProviderAdapter adapter, CacheManager manager) {
        this.adapter = adapter;
        this.manager = manager;
    }

    /** Opens a cache manager of the adapter's provider under a URI unique to this deployment. */
    public static DeploymentCaches open(CacheProviderAdapter adapter, ClassLoader classLoader) {
        CachingProvider provider;
        try {
            provider = Caching.getCachingProvider(adapter.cachingProviderClassName(), classLoader);
        } catch (RuntimeException e) {
            throw new NoCacheProviderException("Cannot load JCache provider " + adapter.cachingProviderClassName()
                    + " for cached-inference provider '" + adapter.alias() + "': " + e.getMessage(), e);
        }
        URI uri = URI.create("urn:cached-inference:" + UUID.randomUUID());
        CacheManager manager;
        try {
            manager = adapter.openCacheManager(provider, uri, classLoader);
        } catch (RuntimeException e) {
            throw new NoCacheProviderException("Cannot open a cache manager of provider '" + adapter.alias() + "' ("
                    + adapter.cachingProviderClassName() + "): " + e.getMessage(), e);
        }
        LOG.log(Level.DEBUG, () -> "Opened cache manager " + uri + " of provider " + adapter.alias());
        return new DeploymentCaches(adapter, manager);
    }

    /** The adapter these caches come from. */
    public CacheProviderAdapter adapter() {
        return adapter;
    }

    /** Creates a cache with the adapter's translation of the settings. */
    public Cache<InferenceKey, Object> create(CacheSettings settings) {
        return manager.createCache(settings.cacheName(), adapter.configuration(settings));
    }

    @Override
    public void close() {
        manager.close();
    }
}
