package io.cachedinference.interceptor.internal.core;

import io.cachedinference.interceptor.internal.compression.ValueCodec;
import java.util.OptionalLong;

/**
 * What the methods naming one JSR-107 cache share, as {@link CacheAccess} is for a {@code @CachedInference}
 * cache: its counters (the cache's {@link io.cachedinference.api.CacheStatistics}), its single flight and
 * its failure log. One per cache name, built at deployment.
 */
public final class AnnotationCache {

    private final String name;
    private final SingleFlight singleFlight = new SingleFlight();
    private final CacheCounters counters;
    private final FailureLog failures;

    public AnnotationCache(String name) {
        this.name = name;
        this.counters = new CacheCounters(name, OptionalLong::empty, ValueCodec.none(), singleFlight::waiting);
        this.failures = new FailureLog(name);
    }

    public String name() {
        return name;
    }

    public CacheCounters counters() {
        return counters;
    }

    SingleFlight singleFlight() {
        return singleFlight;
    }

    /** A cache failure: counted, and logged at most once per interval; the call goes on without the cache. */
    void failed(String operation, String method, RuntimeException e) {
        counters.recordError();
        failures.failed(operation, method, e);
    }
}
