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
 * @param maxBytes   the bound on the summed size of the values in bytes, which then replaces the entry
 *                   bound; 0 for none
 */
public record CacheSettings(String cacheName, EvictionPolicy eviction, long maxEntries, Duration ttl, long maxBytes) {

    /** Settings without a byte bound. */
    public CacheSettings(String cacheName, EvictionPolicy eviction, long maxEntries, Duration ttl) {
        this(cacheName, eviction, maxEntries, ttl, 0);
    }

    /** Whether the cache is bounded by the size of its values rather than by its entry count. */
    public boolean byteBounded() {
        return maxBytes > 0;
    }

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
        if (maxBytes < 0) {
            throw new IllegalArgumentException("max-bytes must be 0 (none) or positive, got " + maxBytes
                    + " [cache=" + cacheName + "]");
        }
    }
}
