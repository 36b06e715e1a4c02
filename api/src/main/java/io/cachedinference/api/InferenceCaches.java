package io.cachedinference.api;

import java.util.Map;
import java.util.Optional;

/** The deployment's inference caches; inject it to read their statistics or to clear them. */
public interface InferenceCaches {

    /** The statistics of one cache, if a {@link CachedInference} method uses it. */
    Optional<CacheStatistics> statistics(String cacheName);

    /** The statistics of every cache, by cache name, in name order. */
    Map<String, CacheStatistics> statistics();

    /**
     * Removes every entry of one cache.
     *
     * @throws IllegalArgumentException when no {@link CachedInference} method uses that cache
     */
    void invalidateAll(String cacheName);

    /**
     * Removes the entry that a call with these arguments would hit, in every method's namespace
     * that uses the cache. Pass every argument of the call, as the method takes them; only the key
     * parameters' values ({@link CacheKey}) matter, and a method whose key parameters lie beyond
     * the arguments given is skipped.
     *
     * @throws IllegalArgumentException when no {@link CachedInference} method uses that cache
     */
    void invalidate(String cacheName, Object... arguments);

    /**
     * Removes every entry computed by a model, in every cache of that model.
     *
     * @return the number of entries removed
     */
    long invalidateModel(String model);

    /**
     * The class name of the JCache {@code CachingProvider} whose caches these are, as the provider
     * itself reports it; empty when the deployment has no cache. The provider is chosen at
     * deployment, by configuration or by the application server, so this is how a running
     * application tells which one it got.
     */
    Optional<String> cachingProvider();

    /**
     * Zeroes one cache's statistics (hits, misses, errors, waits, latencies, time saved), for example
     * after clearing its entries; evictions are the provider's and stay as it counts them.
     *
     * @throws IllegalArgumentException when no {@link CachedInference} method uses that cache
     */
    default void resetStatistics(String cacheName) {
        throw new UnsupportedOperationException("this InferenceCaches cannot reset statistics");
    }

    /**
     * The provider-level object behind one cache, for inspection and for operations this facade does not
     * offer: {@code javax.cache.Cache.class} gives the JCache cache itself (keys are {@link InferenceKey}s;
     * a compressed cache holds its values compressed), and any other type is asked of
     * {@code javax.cache.Cache#unwrap}. Empty when no method uses the cache or the provider offers no
     * such type. Writing into it bypasses the contract of {@link CachedInference}.
     */
    default <T> Optional<T> unwrap(String cacheName, Class<T> type) {
        return Optional.empty();
    }
}
