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
}
