package io.cachedinference.interceptor.internal.core;

import io.cachedinference.api.InferenceKey;
import io.cachedinference.interceptor.internal.compression.ValueCodec;
import java.time.Duration;
import javax.cache.Cache;

/**
 * Everything the flows do with one cache, shared by every method that names it: fail-open lookups and
 * stores through the codec, fenced against invalidations and version switches, the counters, the single
 * flight and the failure log. One per cache, built at deployment.
 */
public final class CacheAccess {

    private final Cache<InferenceKey, Object> cache;
    private final ValueCodec codec;
    private final CacheCounters counters;
    private final SingleFlight singleFlight;
    private final FailureLog failures;
    private final StoreFence fence = new StoreFence();
    private final ClusterFlight cluster;

    public CacheAccess(Cache<InferenceKey, Object> cache, ValueCodec codec, CacheCounters counters,
            SingleFlight singleFlight) {
        this(cache, codec, counters, singleFlight, null, null);
    }

    /**
     * The access of a cache whose model runs coalesce across the cluster: {@code claims} is the shared
     * companion cache of in-flight claims, expiring each after {@code lease}.
     */
    public CacheAccess(Cache<InferenceKey, Object> cache, ValueCodec codec, CacheCounters counters,
            SingleFlight singleFlight, Cache<InferenceKey, Object> claims, Duration lease) {
        this.cluster = claims == null ? null : new ClusterFlight(claims, lease);
        this.cache = cache;
        this.codec = codec;
        this.counters = counters;
        this.singleFlight = singleFlight;
        this.failures = new FailureLog(counters.cacheName());
    }

    /** The stored value of the key, decoded; {@code null} on a miss or a failed lookup (counted and logged). */
    Object lookup(InferenceKey key, String method) {
        try {
            return codec.decode(cache.get(key));
        } catch (RuntimeException e) {
            failed("lookup", method, e);
            return null;
        }
    }

    /**
     * Stores a value unless the ticket went stale (then counted as a stale store dropped); a failed store is
     * counted and logged, never thrown.
     */
    void store(StoreFence.Ticket ticket, KeyRecipe recipe, InferenceKey key, Object value, String method) {
        boolean stored;
        try {
            stored = fence.store(ticket, recipe::namespace, () -> cache.put(key, codec.encode(value)));
        } catch (RuntimeException e) {
            failed("store", method, e);
            return;
        }
        if (!stored) {
            counters.recordStaleStoreDropped();
        }
    }

    /** A cache failure: counted, and logged at most once per interval. */
    void failed(String operation, String method, RuntimeException e) {
        counters.recordError();
        failures.failed(operation, method, e);
    }

    /** A ticket for a model run about to start in the namespace. */
    StoreFence.Ticket ticket(String namespace) {
        return fence.open(namespace);
    }

    /** Runs an invalidating change, so no call that started before it stores afterwards. */
    void invalidate(Runnable change) {
        fence.invalidate(change);
    }

    /** The cluster's claims, or {@code null} when runs coalesce per JVM only. */
    ClusterFlight cluster() {
        return cluster;
    }

    Cache<InferenceKey, Object> cache() {
        return cache;
    }

    CacheCounters counters() {
        return counters;
    }

    SingleFlight singleFlight() {
        return singleFlight;
    }
}
