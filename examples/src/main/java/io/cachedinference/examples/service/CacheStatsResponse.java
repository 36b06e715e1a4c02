package io.cachedinference.examples.service;

import io.cachedinference.api.CacheStatistics;
import io.cachedinference.api.InferenceCaches;
import io.cachedinference.api.LatencyDistribution;
import io.cachedinference.examples.service.StatisticsBaselines.Baseline;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answer of {@code GET /v1/cache/stats}: the JCache provider in use and every cache's counters,
 * by name, counted since the cache's last {@code DELETE /v1/cache/{name}} or the service's start
 * ({@link StatisticsBaselines}).
 *
 * @param provider the class name of the JCache {@code CachingProvider} the caches live in, which
 *                 configuration or the application server chose; absent without caches
 * @param caches   the caches, in name order
 */
@JsonbPropertyOrder({"provider", "caches"})
public record CacheStatsResponse(String provider, Map<String, CacheView> caches) {

    /**
     * One cache's counters since {@code since}.
     *
     * @param since                when the counters start: the cache's last reset, or the service's
     *                             start (ISO-8601)
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
    @JsonbPropertyOrder({"since", "hits", "misses", "hitRatio", "errors", "coalesced", "lockTimeouts", "evictions",
            "hitLatency", "modelLatency", "estimatedTimeSavedMs"})
    public record CacheView(String since, long hits, long misses, double hitRatio, long errors, long coalesced,
            long lockTimeouts, Long evictions, Latency hitLatency, Latency modelLatency, double estimatedTimeSavedMs) {
    }

    /**
     * A latency distribution in milliseconds, since the cache's last reset.
     *
     * @param count  latencies recorded (hits are timed on a sample)
     * @param meanMs mean
     * @param p50Ms  median
     * @param p99Ms  99th percentile
     * @param maxMs  largest
     */
    @JsonbPropertyOrder({"count", "meanMs", "p50Ms", "p99Ms", "maxMs"})
    public record Latency(long count, double meanMs, double p50Ms, double p99Ms, double maxMs) {
    }

    /** A snapshot of the statistics, relative to the baselines. */
    static CacheStatsResponse of(InferenceCaches inferenceCaches, StatisticsBaselines baselines) {
        Map<String, CacheView> caches = new LinkedHashMap<>();
        inferenceCaches.statistics().forEach((name, s) -> caches.put(name, view(s, baselines.of(name))));
        return new CacheStatsResponse(inferenceCaches.cachingProvider().orElse(null), caches);
    }

    private static CacheView view(CacheStatistics s, Baseline b) {
        long hits = StatisticsBaselines.since(s.hits(), b.hits());
        long misses = StatisticsBaselines.since(s.misses(), b.misses());
        Duration hitTime = StatisticsBaselines.since(s.totalHitTime(), b.totalHitTime());
        Duration modelTime = StatisticsBaselines.since(s.totalModelTime(), b.totalModelTime());
        Duration meanModel = misses == 0 ? Duration.ZERO : modelTime.dividedBy(misses);
        Duration saved = meanModel.multipliedBy(hits).minus(hitTime);
        return new CacheView(b.at().toString(), hits, misses, hits + misses == 0 ? 0.0 : (double) hits / (hits + misses),
                StatisticsBaselines.since(s.errors(), b.errors()),
                StatisticsBaselines.since(s.coalescedWaits(), b.coalesced()),
                StatisticsBaselines.since(s.lockTimeouts(), b.lockTimeouts()),
                s.evictions().isPresent() ? StatisticsBaselines.since(s.evictions().getAsLong(), b.evictions()) : null,
                latency(s.hitLatencies(), b.hitLatencies(), hits == 0 ? Duration.ZERO : hitTime.dividedBy(hits)),
                latency(s.modelLatencies(), b.modelLatencies(), meanModel),
                millis(saved.isNegative() ? Duration.ZERO : saved));
    }

    private static Latency latency(LatencyDistribution d, long baselineCount, Duration mean) {
        return new Latency(StatisticsBaselines.since(d.count(), baselineCount), millis(mean), millis(d.percentile(50)),
                millis(d.percentile(99)), millis(d.max()));
    }

    static double millis(Duration d) {
        return d.toNanos() / 1e6;
    }
}
