package io.cachedinference.interceptor.internal.provider;

import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.spi.CacheProviderAdapter;
import io.cachedinference.api.spi.CacheSettings;
import io.cachedinference.api.spi.ValueWeigher;
import io.cachedinference.interceptor.internal.validation.NoCacheProviderException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Supplier;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.spi.CachingProvider;

/** The cache manager of one deployment: private to it, and closed with it. */
public final class DeploymentCaches implements AutoCloseable {

    private static final Logger LOG = System.getLogger("io.cachedinference");

    private final CacheProviderAdapter adapter;
    private final CacheManager manager;
    private final ValueWeigher weigher;

    private DeploymentCaches(CacheProviderAdapter adapter, CacheManager manager, ValueWeigher weigher) {
        this.adapter = adapter;
        this.manager = manager;
        this.weigher = weigher;
    }

    /** Opens a cache manager of the adapter's provider under a URI unique to this deployment. */
    public static DeploymentCaches open(CacheProviderAdapter adapter, ClassLoader classLoader, ValueWeigher weigher) {
        CachingProvider provider = adapter instanceof ContainerProviderAdapter
                ? ((ContainerProviderAdapter) adapter).provider()
                : load(adapter, classLoader);
        URI uri = URI.create("urn:cached-inference:" + UUID.randomUUID());
        CacheManager manager;
        try {
            manager = adapter.openCacheManager(provider, uri, classLoader);
        } catch (RuntimeException e) {
            throw new NoCacheProviderException("Cannot open a cache manager of provider '" + adapter.alias() + "' ("
                    + adapter.cachingProviderClassName() + "): " + e.getMessage(), e);
        }
        LOG.log(Level.DEBUG, () -> "Opened cache manager " + uri + " of provider " + adapter.alias());
        return new DeploymentCaches(adapter, manager, weigher);
    }

    private static CachingProvider load(CacheProviderAdapter adapter, ClassLoader classLoader) {
        try {
            return Caching.getCachingProvider(adapter.cachingProviderClassName(), classLoader);
        } catch (RuntimeException e) {
            throw new NoCacheProviderException("Cannot load JCache provider " + adapter.cachingProviderClassName()
                    + " for cached-inference provider '" + adapter.alias() + "': " + e.getMessage(), e);
        }
    }

    /** The adapter these caches come from. */
    public CacheProviderAdapter adapter() {
        return adapter;
    }

    /** Creates a cache with the adapter's translation of the settings, with JCache statistics on unless the adapter declines. */
    public Cache<InferenceKey, Object> create(CacheSettings settings) {
        Cache<InferenceKey, Object> cache = manager.createCache(settings.cacheName(),
                adapter.configuration(settings, weigher));
        if (!adapter.enableStatistics()) {
            return cache;
        }
        try {
            manager.enableStatistics(settings.cacheName(), true);
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, () -> "Provider " + adapter.alias() + " cannot enable JCache statistics of cache "
                    + settings.cacheName() + "; evictions will not be reported: " + e);
        }
        return cache;
    }

    /** Reads a cache's evictions from the provider's JCache statistics, when it publishes them. */
    public Supplier<OptionalLong> evictions(String cacheName) {
        // the manager's own URI: a provider may not keep the one we asked for (Hazelcast drops the id)
        return new JCacheStatisticsReader(manager.getURI().toString(), cacheName);
    }

    /**
     * Closes the cache manager. The caches of the server's provider live in the server, not in the
     * deployment, and no other deployment can reach them (the manager's URI is this deployment's):
     * they are destroyed first, so a redeployment leaves nothing behind.
     */
    @Override
    public void close() {
        try {
            if (adapter instanceof ContainerProviderAdapter) {
                for (String name : manager.getCacheNames()) {
                    manager.destroyCache(name);
                }
            }
        } finally {
            manager.close();
        }
    }
}
