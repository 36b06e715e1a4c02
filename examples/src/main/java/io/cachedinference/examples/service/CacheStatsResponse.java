package io.cachedinference.examples.service;

import io.cachedinference.api.CacheStatistics;
import io.cachedinference.api.InferenceCaches;
import io.cachedinference.api.LatencyDistribution;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answer of {@code GET /v1/cache/stats}: the JCache provider in use and every cache's counters,
 * by name.
 *
 * @param provider the class name of the JCache {@code CachingProvider} the caches live in, which
 *                 configuration or the application server chose; absent without caches
 * @param caches   the caches, in name order
 */
@JsonbPropertyOrder({"provider", "caches"})
public record CacheStatsResponse(String provider, Map<String, CacheView> caches) {

    /**
     * One cache's counters since start.
     *
     * @param hits                 calls answered from the cache
     * @param misses               calls that ran the model
     * @param hitRatio             hits / (hits + misses)
     * @param errors               provider failures, each served uncached
     * @param coalesced            calls that waited for an equal call's model run
     * @param lockTimeouts         waits that timed out and ran the model uncached
     * @param evictions            entries evicted to stay within the bound; absent when the provider
     *                             does not publish it
     * @param hitLatency           latencies of hits, in milliseconds
     * @param modelLatency         latencies of model runs, in milliseconds
     * @param estimatedTimeSavedMs model time the hits saved
     */
    @JsonbPropertyOrder({"hits", "misses", "hitRatio", "errors", "coalesced", "lockTimeouts", "evictions",
            "hitLatency", "modelLatency", "estimatedTimeSavedMs"})
    public record CacheView(long hits, long misses, double hitRatio, long errors, long coalesced, long lockTimeouts,
            Long evictions, Latency hitLatency, Latency modelLatency, double estimatedTimeSavedMs) {
    }

    /**
     * A latency distribution in milliseconds.
     *
     * @param count  latencies recorded
     * @param meanMs mean
     * @param p50Ms  median
     * @param p99Ms  99th percentile
     * @param maxMs  largest
     */
    @JsonbPropertyOrder({"count", "meanMs", "p50Ms", "p99Ms", "maxMs"})
    public record Latency(long count, double meanMs, double p50Ms, double p99Ms, double maxMs) {
    }

    /** A snapshot of the statistics. */
    static CacheStatsResponse of(InferenceCaches inferenceCaches) {
        Map<String, CacheView> caches = new LinkedHashMap<>();
        inferenceCaches.statistics().forEach((name, s) -> caches.put(name, new CacheView(s.hits(), s.misses(), s.hitRatio(),
                s.errors(), s.coalescedWaits(), s.lockTimeouts(),
                s.evictions().isPresent() ? s.evictions().getAsLong() : null,
                latency(s.hitLatencies(), s.meanHitTime()), latency(s.modelLatencies(), s.meanModelTime()),
                millis(s.estimatedTimeSaved()))));
        return new CacheStatsResponse(inferenceCaches.cachingProvider().orElse(null), caches);
    }

    private static Latency latency(LatencyDistribution d, Duration mean) {
        return new Latency(d.count(), millis(mean), millis(d.percentile(50)), millis(d.percentile(99)), millis(d.max()));
    }

    static double millis(Duration d) {
        return d.toNanos() / 1e6;
    }
}
