package io.cachedinference.api.spi;

import io.cachedinference.api.EvictionPolicy;
import io.cachedinference.api.InferenceKey;
import java.net.URI;
import javax.cache.CacheManager;
import javax.cache.configuration.Configuration;
import javax.cache.spi.CachingProvider;

/**
 * Translates cached-inference's policy model into one JCache provider's native configuration.
 *
 * <p>JCache cannot express an entry bound or an eviction policy, so each provider module ships one
 * adapter, registered through {@link java.util.ServiceLoader} under this interface's name. The
 * adapter must configure caches to store values by reference: a hit must not serialize.
 */
public interface CacheProviderAdapter {

    /** The short name users select the provider by, such as {@code ehcache}. */
    String alias();

    /** The provider's {@link CachingProvider} class name, which users may give instead of the alias. */
    String cachingProviderClassName();

    /** How this provider implements the given policy. */
    PolicySupport support(EvictionPolicy policy);

    /**
     * Whether the provider serializes values (stores by value, or shares them across a cluster).
     * Methods whose declared result type is not {@link java.io.Serializable} then fail deployment.
     * The default is {@code false}: by reference, in one JVM.
     */
    default boolean storesByValue() {
        return false;
    }

    /**
     * Opens a cache manager private to one deployment. The default asks the provider for the
     * manager of the given URI.
     */
    default CacheManager openCacheManager(CachingProvider provider, URI uri, ClassLoader classLoader) {
        return provider.getCacheManager(uri, classLoader);
    }

    /**
     * Whether JCache statistics should be enabled on each cache, so its statistics MXBean reports
     * evictions. The default is {@code true}; an adapter whose provider slows or changes its read path
     * with statistics on may decline.
     */
    default boolean enableStatistics() {
        return true;
    }

    /**
     * Whether the provider can give each entry its own time to live ({@link CacheSettings#drawTtl()}),
     * for caches with {@link CacheSettings#ttlJitter()}; a jittered cache on a provider that cannot
     * fails deployment. The default is {@code false}.
     */
    default boolean supportsTtlJitter() {
        return false;
    }

    /**
     * Whether the provider can bound a cache by the summed size of its values
     * ({@link CacheSettings#maxBytes()}); a cache that asks for it on a provider that cannot fails
     * deployment. The default is {@code false}.
     */
    default boolean supportsByteBound() {
        return false;
    }

    /**
     * Returns the configuration of one cache, given the weigher that sizes values for a byte bound.
     * The default ignores the weigher; adapters that support byte bounds override it.
     */
    default Configuration<InferenceKey, Object> configuration(CacheSettings settings, ValueWeigher weigher) {
        return configuration(settings);
    }

    /**
     * Returns the configuration of one cache, in the provider's native form where JCache's cannot
     * express the settings. Only called for a policy whose support is not {@link PolicySupport#UNSUPPORTED}.
     */
    Configuration<InferenceKey, Object> configuration(CacheSettings settings);
}
