package io.cachedinference.examples.service;

import io.cachedinference.api.CacheStatistics;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where each cache's statistics count from. {@code DELETE /v1/cache/{name}} resets the library's
 * statistics of the cache ({@code InferenceCaches.resetStatistics}) and takes a snapshot right after,
 * which dates the reset and holds the provider's eviction count, which the library cannot reset;
 * {@code GET /v1/cache/stats} reports the counters less that snapshot. A counter found below its
 * snapshot (reset again since) is reported as it is.
 */
@ApplicationScoped
public class StatisticsBaselines {

    /** One cache's counters at a reset. */
    record Baseline(Instant at, long hits, long misses, long errors, long coalesced, long lockTimeouts, long evictions,
            long hitLatencies, long modelLatencies, Duration totalHitTime, Duration totalModelTime) {

        static Baseline of(CacheStatistics s, Instant at) {
            return new Baseline(at, s.hits(), s.misses(), s.errors(), s.coalescedWaits(), s.lockTimeouts(),
                    s.evictions().orElse(0), s.hitLatencies().count(), s.modelLatencies().count(), s.totalHitTime(),
                    s.totalModelTime());
        }

        static Baseline zero(Instant at) {
            return new Baseline(at, 0, 0, 0, 0, 0, 0, 0, 0, Duration.ZERO, Duration.ZERO);
        }
    }

    private final Map<String, Baseline> baselines = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Instant started;

    /** Counting from now, the service's start. */
    public StatisticsBaselines() {
        this(Clock.systemUTC());
    }

    StatisticsBaselines(Clock clock) {
        this.clock = clock;
        this.started = clock.instant();
    }

    /** Counts a cache's statistics from now on. */
    void reset(String cache, CacheStatistics now) {
        baselines.put(cache, Baseline.of(now, clock.instant()));
    }

    /** The snapshot a cache's statistics count from: its last reset, or zero at the service's start. */
    Baseline of(String cache) {
        return baselines.getOrDefault(cache, Baseline.zero(started));
    }

    /** A counter since its snapshot; the counter itself when it is below (the library reset it). */
    static long since(long now, long baseline) {
        return now >= baseline ? now - baseline : now;
    }

    /** A total time since its snapshot, as {@link #since(long, long)}. */
    static Duration since(Duration now, Duration baseline) {
        return now.compareTo(baseline) >= 0 ? now.minus(baseline) : now;
    }
}
