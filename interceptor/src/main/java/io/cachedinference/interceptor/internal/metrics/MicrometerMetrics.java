package io.cachedinference.interceptor.internal.metrics;

import io.cachedinference.api.CacheStatistics;
import io.cachedinference.api.LatencyDistribution;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.TimeGauge;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Publishes every cache's statistics to Micrometer, tagged by cache and model, with names in the
 * style of Triton's per-model cache metrics: in Prometheus form {@code cached_inference_hits_total},
 * {@code cached_inference_misses_total}, {@code cached_inference_coalesced_total},
 * {@code cached_inference_errors_total}, {@code cached_inference_lock_timeouts_total},
 * {@code cached_inference_evictions_total}, {@code cached_inference_model_time_saved_seconds_total},
 * the timers {@code cached_inference_hit_duration_seconds} and
 * {@code cached_inference_model_duration_seconds}, and the percentile gauges
 * {@code cached_inference_hit_latency_seconds{quantile}} and
 * {@code cached_inference_model_latency_seconds{quantile}}.
 */
public final class MicrometerMetrics implements AutoCloseable {

    private static final double[] QUANTILES = {0.5, 0.9, 0.99, 0.999};

    private final MeterRegistry registry;
    private final List<Meter> meters = new ArrayList<>();

    private MicrometerMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Registers the meters of every cache; {@code models} gives the model tag of each cache. */
    public static MicrometerMetrics bind(Object meterRegistry, Map<String, CacheStatistics> caches,
            Function<String, String> models) {
        MicrometerMetrics metrics = new MicrometerMetrics((MeterRegistry) meterRegistry);
        caches.forEach((name, stats) -> metrics.register(stats, Tags.of("cache", name, "model", models.apply(name))));
        return metrics;
    }

    private void register(CacheStatistics s, Tags tags) {
        counter("cached.inference.hits", "calls answered from the cache", s, CacheStatistics::hits, tags);
        counter("cached.inference.misses", "calls that ran the model", s, CacheStatistics::misses, tags);
        counter("cached.inference.coalesced", "calls that waited for an equal call's model run", s,
                CacheStatistics::coalescedWaits, tags);
        counter("cached.inference.errors", "provider failures served by the model", s, CacheStatistics::errors, tags);
        counter("cached.inference.lock.timeouts", "waiters that ran the model themselves after the lock timeout", s,
                CacheStatistics::lockTimeouts, tags);
        counter("cached.inference.stale.stores.dropped", "results not stored as they spanned a rollout or an invalidation",
                s, CacheStatistics::staleStoresDropped, tags);
        counter("cached.inference.abandoned.runs", "asynchronous runs abandoned after the async timeout", s,
                CacheStatistics::abandonedRuns, tags);
        counter("cached.inference.cluster.coalesced", "calls answered by another node's model run", s,
                CacheStatistics::clusterCoalescedWaits, tags);
        counter("cached.inference.lease.takeovers", "runs led after another node's claim ended without a result", s,
                CacheStatistics::leaseTakeovers, tags);
        counter("cached.inference.marker.errors", "failed operations on the cluster's in-flight claims", s,
                CacheStatistics::markerErrors, tags);
        meters.add(Gauge.builder("cached.inference.waiting.calls", s, CacheStatistics::waitingCalls)
                .description("calls waiting now for an equal call's model run").tags(tags).register(registry));
        counter("cached.inference.evictions", "entries evicted by the provider (NaN when it publishes none)", s,
                st -> st.evictions().isPresent() ? st.evictions().getAsLong() : Double.NaN, tags);
        meters.add(FunctionCounter.builder("cached.inference.model.time.saved", s,
                st -> st.estimatedTimeSaved().toNanos() / 1e9).baseUnit("seconds")
                .description("model time the hits saved").tags(tags).register(registry));
        meters.add(FunctionTimer.builder("cached.inference.hit.duration", s, CacheStatistics::hits,
                st -> st.totalHitTime().toNanos(), TimeUnit.NANOSECONDS).description("time to answer hits")
                .tags(tags).register(registry));
        meters.add(FunctionTimer.builder("cached.inference.model.duration", s, CacheStatistics::misses,
                st -> st.totalModelTime().toNanos(), TimeUnit.NANOSECONDS).description("model run time on misses")
                .tags(tags).register(registry));
        for (double q : QUANTILES) {
            percentile("cached.inference.hit.latency", s.hitLatencies(), q, tags);
            percentile("cached.inference.model.latency", s.modelLatencies(), q, tags);
        }
    }

    private void counter(String name, String description, CacheStatistics s, ToDoubleFunction<CacheStatistics> value,
            Tags tags) {
        meters.add(FunctionCounter.builder(name, s, value).description(description).tags(tags).register(registry));
    }

    private void percentile(String name, LatencyDistribution d, double quantile, Tags tags) {
        meters.add(TimeGauge.builder(name, d, TimeUnit.NANOSECONDS, dist -> dist.percentile(quantile * 100).toNanos())
                .tags(tags.and("quantile", Double.toString(quantile))).register(registry));
    }

    /** Removes this deployment's meters, so a redeployment starts clean. */
    @Override
    public void close() {
        meters.forEach(registry::remove);
        meters.clear();
    }
}
