package io.cachedinference.api.spi;

import io.cachedinference.api.EvictionPolicy;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * The resolved settings of one cache, after configuration has overridden the annotation.
 *
 * @param cacheName  the cache's name
 * @param eviction   the eviction policy
 * @param maxEntries the entry bound, positive
 * @param ttl        the time to live after write, positive
 * @param maxBytes   the bound on the summed size of the values in bytes, which then replaces the entry
 *                   bound; 0 for none
 * @param ttlJitter  the spread of each entry's time to live, a fraction below 1: each entry lives
 *                   {@code ttl × (1 ± ttlJitter)}, drawn uniformly, so entries written together do not
 *                   expire together; 0 for none
 * @param boundByProvider whether the provider's own default bound and eviction are intended
 *                   ({@code cached-inference.cache.<name>.bound=provider}), for providers that cannot be
 *                   told them ({@link Support#PROVIDER_CONFIGURED})
 * @param valueTypes the declared types of the values the cache holds, over every method that uses it (a
 *                   batch method's item result type; an asynchronous method's stage value type), and the
 *                   core's own wrapper when values are stored compressed; a provider that deserializes
 *                   values may allow exactly these. {@code Object} when a method declares no narrower type;
 *                   empty when not known (settings built outside deployment)
 * @param claims     whether the cache holds the cluster's claims on model runs in flight
 *                   ({@code single-flight=cluster}) rather than results: the core relies on its
 *                   {@code putIfAbsent} and conditional {@code remove} being atomic also while members join
 *                   or leave, so a provider whose plain caches do not promise that configures this one so
 *                   that they do (Infinispan: a transactional cache with pessimistic locking)
 */
public record CacheSettings(String cacheName, EvictionPolicy eviction, long maxEntries, Duration ttl, long maxBytes,
        double ttlJitter, boolean boundByProvider, Set<Class<?>> valueTypes, boolean claims) {

    /** Settings whose bound is this project's to state. */
    public CacheSettings(String cacheName, EvictionPolicy eviction, long maxEntries, Duration ttl, long maxBytes,
            double ttlJitter) {
        this(cacheName, eviction, maxEntries, ttl, maxBytes, ttlJitter, false);
    }

    /** Settings whose value types are not known. */
    public CacheSettings(String cacheName, EvictionPolicy eviction, long maxEntries, Duration ttl, long maxBytes,
            double ttlJitter, boolean boundByProvider) {
        this(cacheName, eviction, maxEntries, ttl, maxBytes, ttlJitter, boundByProvider, Set.of(), false);
    }

    /** These settings, holding values of the given types. */
    public CacheSettings withValueTypes(Set<Class<?>> types) {
        return new CacheSettings(cacheName, eviction, maxEntries, ttl, maxBytes, ttlJitter, boundByProvider, types,
                claims);
    }

    /** These settings for the cache of a cluster's in-flight claims (see {@code claims}). */
    public CacheSettings asClaims() {
        return new CacheSettings(cacheName, eviction, maxEntries, ttl, maxBytes, ttlJitter, boundByProvider,
                valueTypes, true);
    }

    /** Settings without a byte bound or TTL jitter. */
    public CacheSettings(String cacheName, EvictionPolicy eviction, long maxEntries, Duration ttl) {
        this(cacheName, eviction, maxEntries, ttl, 0, 0);
    }

    /** Settings without TTL jitter. */
    public CacheSettings(String cacheName, EvictionPolicy eviction, long maxEntries, Duration ttl, long maxBytes) {
        this(cacheName, eviction, maxEntries, ttl, maxBytes, 0);
    }

    /** Whether entries' times to live are spread. */
    public boolean jittered() {
        return ttlJitter > 0;
    }

    /** One entry's time to live: {@code ttl} itself, or drawn uniformly within {@code ttl × (1 ± ttlJitter)}. */
    public Duration drawTtl() {
        if (!jittered()) {
            return ttl;
        }
        double factor = 1 + ttlJitter * (2 * java.util.concurrent.ThreadLocalRandom.current().nextDouble() - 1);
        return Duration.ofNanos(Math.max(1, (long) (ttl.toNanos() * factor)));
    }

    /** Whether the cache is bounded by the size of its values rather than by its entry count. */
    public boolean byteBounded() {
        return maxBytes > 0;
    }

    /** Validates every setting, naming the cache in the message. */
    public CacheSettings {
        Objects.requireNonNull(cacheName, "cacheName");
        valueTypes = Set.copyOf(Objects.requireNonNull(valueTypes, "valueTypes"));
        Objects.requireNonNull(eviction, () -> "eviction of cache " + cacheName);
        Objects.requireNonNull(ttl, () -> "ttl of cache " + cacheName);
        if (maxEntries <= 0) {
            throw new IllegalArgumentException("max-entries must be positive, got " + maxEntries + " [cache=" + cacheName + "]");
        }
        if (ttl.isZero() || ttl.isNegative()) {
            throw new IllegalArgumentException("ttl must be positive, got " + ttl + " [cache=" + cacheName + "]");
        }
        if (!(ttlJitter >= 0 && ttlJitter < 1)) {
            throw new IllegalArgumentException("ttl-jitter must be a fraction from 0 up to (not including) 1, got "
                    + ttlJitter + " [cache=" + cacheName + "]");
        }
        if (maxBytes < 0) {
            throw new IllegalArgumentException("max-bytes must be 0 (none) or positive, got " + maxBytes
                    + " [cache=" + cacheName + "]");
        }
    }
}
