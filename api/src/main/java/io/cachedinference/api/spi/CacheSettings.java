package io.cachedinference.api.spi;

import io.cachedinference.api.EvictionPolicy;
import java.time.Duration;
import java.util.Objects;

/**
 * The resolved settings of one cache, after configuration has overridden the annotation.
 *
 * @param cacheName  the cache's name
 * @param eviction   the eviction policy
 * @param maxEntries the entry bound, positive
 * @param ttl        the time to live after write, positive
 */
public record CacheSettings(String cacheName, EvictionPolicy eviction, long maxEntries, Duration ttl) {

    /** Validates every setting, naming the cache in the message. */
    public CacheSettings {
        Objects.requireNonNull(cacheName, "cacheName");
        Objects.requireNonNull(eviction, () -> "eviction of cache " + cacheName);
        Objects.requireNonNull(ttl, () -> "ttl of cache " + cacheName);
        if (maxEntries <= 0) {
            throw new IllegalArgumentException("max-entries must be positive, got " + maxEntries + " [cache=" + cacheName + "]");
        }
        if (ttl.isZero() || ttl.isNegative()) {
            throw new IllegalArgumentException("ttl must be positive, got " + ttl + " [cache=" + cacheName + "]");
        }
    }
}
