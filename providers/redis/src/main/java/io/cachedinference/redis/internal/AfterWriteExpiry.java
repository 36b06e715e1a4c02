package io.cachedinference.redis.internal;

import io.cachedinference.api.spi.CacheSettings;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.cache.configuration.Factory;
import javax.cache.expiry.Duration;
import javax.cache.expiry.ExpiryPolicy;

/**
 * An entry lives {@code ttl} from its last write (creation or update) whatever its reads, as
 * {@link CacheSettings} defines it; with {@code ttl-jitter}, each write draws its own time to live
 * within {@code ttl × (1 ± jitter)}. Redisson's JCache asks the policy on every write and stores the
 * expiry time with the entry in Redis (a sorted set beside the cache's hash), so every client sees it:
 * an expired entry is never returned, and Redisson's eviction task removes it later. Times are whole
 * milliseconds, at least 1; Redis keeps no finer.
 */
final class AfterWriteExpiry implements ExpiryPolicy {

    /** About 73 million years. */
    private static final long ETERNAL_BEYOND_MILLIS = Long.MAX_VALUE / 4;

    private final long ttlNanos;
    private final double jitter;

    private AfterWriteExpiry(long ttlNanos, double jitter) {
        this.ttlNanos = ttlNanos;
        this.jitter = jitter;
    }

    /** The policy of a cache's settings, as JCache configurations take it. */
    static Factory<ExpiryPolicy> factory(CacheSettings settings) {
        long ttl = saturatedNanos(settings.ttl());
        double jitter = settings.ttlJitter();
        return new PolicyFactory(ttl, jitter);
    }

    @Override
    public Duration getExpiryForCreation() {
        return draw();
    }

    @Override
    public Duration getExpiryForAccess() {
        return null;
    }

    @Override
    public Duration getExpiryForUpdate() {
        return draw();
    }

    private Duration draw() {
        double factor = jitter == 0 ? 1 : 1 + jitter * (2 * ThreadLocalRandom.current().nextDouble() - 1);
        long nanos = (long) (ttlNanos * factor);
        long millis = Math.max(1, nanos / 1_000_000 + (nanos % 1_000_000 == 0 ? 0 : 1));
        // beyond this, Redisson's expiry time (now + ttl, in milliseconds) would overflow
        return millis > ETERNAL_BEYOND_MILLIS ? Duration.ETERNAL : new Duration(TimeUnit.MILLISECONDS, millis);
    }

    private static long saturatedNanos(java.time.Duration ttl) {
        try {
            return ttl.toNanos();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    /** Serializable, as JCache factories are. */
    private record PolicyFactory(long ttlNanos, double jitter) implements Factory<ExpiryPolicy> {
        private static final long serialVersionUID = 1L;

        @Override
        public ExpiryPolicy create() {
            return new AfterWriteExpiry(ttlNanos, jitter);
        }
    }
}
