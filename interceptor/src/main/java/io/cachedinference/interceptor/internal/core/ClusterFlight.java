package io.cachedinference.interceptor.internal.core;

import io.cachedinference.api.InferenceKey;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.cache.Cache;

/**
 * The claims on model runs in flight across a cluster, for one cache with {@code single-flight=cluster}:
 * a companion cache, shared like the data cache, mapping a key to the claim of the node running its model.
 *
 * <p>Design notes. A claim is a string unique to one run, written with {@code putIfAbsent}: the writer
 * leads, everybody else follows. The companion cache expires every entry {@code lease} after its creation,
 * so the claim of a leader that died or hung disappears by itself, and the next follower's
 * {@code putIfAbsent} takes over; a leader removes its claim (conditionally, so never another's) when its
 * result is stored or its run failed. Followers poll: the data cache for the result, the claim for its
 * owner (a new owner restarts their wait), with a backoff from 1 ms doubling to a few milliseconds. These
 * are plain JCache operations, so any provider whose caches are shared across processes supports them; a
 * provider's native lock (Hazelcast's {@code FencedLock}, Redisson's {@code RLock}) would add a second
 * mechanism per provider and a lock service to operate, for no fewer round trips per miss.
 */
final class ClusterFlight {

    private final Cache<InferenceKey, Object> claims;
    private final Duration lease;
    private final String node = UUID.randomUUID().toString();
    private final AtomicLong runs = new AtomicLong();

    ClusterFlight(Cache<InferenceKey, Object> claims, Duration lease) {
        this.claims = claims;
        this.lease = lease;
    }

    /** A claim no other run has: this node's id and a run number. */
    String newClaim() {
        return node + "#" + runs.incrementAndGet();
    }

    /**
     * Writes the claim if the key has none; whether the key now holds it. The claim is read back because
     * some providers' conditional writes are not atomic while members join or leave (Infinispan's
     * non-transactional caches retry them on the new topology, ISPN-3422), so {@code putIfAbsent} may report
     * a write that another node's claim won. Throws what the provider throws.
     */
    boolean claim(InferenceKey key, String claim) {
        return claims.putIfAbsent(key, claim) && claim.equals(current(key));
    }

    /** The claim the key has now, or {@code null}. */
    String current(InferenceKey key) {
        Object value = claims.get(key);
        return value instanceof String ? (String) value : null;
    }

    /** Removes the claim, if it is still this one. */
    void release(InferenceKey key, String claim) {
        claims.remove(key, claim);
    }

    Duration lease() {
        return lease;
    }

    Cache<InferenceKey, Object> claims() {
        return claims;
    }
}
