package io.cachedinference.infinispan.internal;

import java.net.URI;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import javax.cache.spi.CachingProvider;
import org.infinispan.configuration.cache.Configuration;
import org.infinispan.jcache.AbstractJCache;
import org.infinispan.jcache.embedded.JCacheManager;
import org.infinispan.manager.EmbeddedCacheManager;

/**
 * Infinispan's JCache manager over a cache manager the deployment built, which creates each cache
 * on its {@link NativeConfiguration}.
 *
 * <p>Infinispan's manager asks {@link JCacheManager#CACHE_CONFIGURATION_FUNCTION} for a cache's base
 * configuration, then lays the JCache settings over it; this manager answers with the native half
 * of the configuration it is creating the cache from. Closing it stops the cache manager.
 */
final class DeploymentJCacheManager extends JCacheManager {

    private final Map<String, Configuration> baseConfigurations = new ConcurrentHashMap<>();

    DeploymentJCacheManager(URI uri, EmbeddedCacheManager cacheManager, CachingProvider provider) {
        super(uri, cacheManager, provider);
        Function<String, Configuration> base = baseConfigurations::get;
        properties = new Properties();
        properties.put(CACHE_CONFIGURATION_FUNCTION, base);
    }

    @Override
    protected <K, V, C extends javax.cache.configuration.Configuration<K, V>> AbstractJCache<K, V> create(
            String cacheName, C configuration) {
        if (configuration instanceof NativeConfiguration) {
            baseConfigurations.put(cacheName, ((NativeConfiguration<K, V>) configuration).nativeConfiguration());
        }
        try {
            return super.create(cacheName, configuration);
        } finally {
            baseConfigurations.remove(cacheName);
        }
    }
}
