package io.cachedinference.infinispan.internal;

import java.net.URI;
import javax.cache.spi.CachingProvider;
import org.infinispan.AdvancedCache;
import org.infinispan.configuration.cache.CacheMode;
import org.infinispan.configuration.cache.Configuration;
import org.infinispan.configuration.cache.ConfigurationBuilder;
import org.infinispan.factories.GlobalComponentRegistry;
import org.infinispan.jcache.AbstractJCache;
import org.infinispan.jcache.embedded.ConfigurationAdapter;
import org.infinispan.jcache.embedded.JCacheManager;
import org.infinispan.manager.EmbeddedCacheManager;
import org.infinispan.registry.InternalCacheRegistry;

/**
 * Infinispan's JCache manager over a cache manager the deployment built. It creates each cache as
 * Infinispan's own manager does, with two differences: the base configuration is the native half of
 * a {@link NativeConfiguration} (distributed over the owners when the cache manager is clustered),
 * and the cache is a {@link PlainReadJCache}. Closing it stops the cache manager, which leaves its
 * cluster.
 */
final class DeploymentJCacheManager extends JCacheManager {

    private final EmbeddedCacheManager cacheManager;
    private final int owners;

    /** A manager whose caches are distributed over {@code owners} members when the cache manager is clustered. */
    DeploymentJCacheManager(URI uri, EmbeddedCacheManager cacheManager, CachingProvider provider, int owners) {
        super(uri, cacheManager, provider);
        this.cacheManager = cacheManager;
        this.owners = owners;
    }

    @Override
    protected <K, V, C extends javax.cache.configuration.Configuration<K, V>> AbstractJCache<K, V> create(
            String cacheName, C configuration) {
        if (GlobalComponentRegistry.of(cacheManager).getComponent(InternalCacheRegistry.class)
                .isInternalCache(cacheName)) {
            throw new IllegalArgumentException("Cache name " + cacheName + " is taken by one of Infinispan's internal"
                    + " caches; choose another cacheName");
        }
        Configuration base = configuration instanceof NativeConfiguration
                ? distributed(((NativeConfiguration<K, V>) configuration).nativeConfiguration())
                : cacheManager.getCacheConfiguration(cacheName);
        ConfigurationAdapter<K, V> adapter = ConfigurationAdapter.create(cacheManager.getCacheManagerConfiguration(),
                configuration);
        cacheManager.defineConfiguration(cacheName, adapter.build(base));
        AdvancedCache<K, V> cache = cacheManager.<K, V>getCache(cacheName).getAdvancedCache();
        if (!cache.getStatus().allowInvocations()) {
            // a cache stopped since: destroyed and created again under the same name
            cache.start();
        }
        return new PlainReadJCache<>(cache, this, adapter);
    }

    /** In a cluster, the configuration distributed synchronously over the owners; else as it is. */
    private Configuration distributed(Configuration local) {
        if (!cacheManager.getCacheManagerConfiguration().isClustered()) {
            return local;
        }
        ConfigurationBuilder builder = new ConfigurationBuilder().read(local);
        builder.clustering().cacheMode(CacheMode.DIST_SYNC).hash().numOwners(owners);
        return builder.build();
    }
}
