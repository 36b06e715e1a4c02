package io.cachedinference.interceptor.internal.core;

import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.spi.CacheSettings;
import io.cachedinference.interceptor.internal.compression.ValueCodec;
import java.lang.reflect.Method;
import java.util.concurrent.CompletionStage;
import java.time.Duration;
import javax.cache.Cache;

/** Everything a call of one {@code @CachedInference} method needs, computed once at deployment. */
public final class MethodPlan {

    private final Method method;
    private final String description;
    private final CacheSettings settings;
    private final Cache<InferenceKey, Object> cache;
    private final KeyRecipe keyRecipe;
    private final boolean async;
    private final ResultCopier copier;
    private final CacheCounters counters;
    private final SingleFlight singleFlight;
    private final Duration lockTimeout;

    private final BatchShape batch;
    private final ValueCodec codec;

    public MethodPlan(Method method, CacheSettings settings, Cache<InferenceKey, Object> cache, KeyRecipe keyRecipe,
            CacheCounters counters, SingleFlight singleFlight, Duration lockTimeout, BatchShape batch, ValueCodec codec) {
        this.method = method;
        this.description = MethodNames.describe(method);
        this.settings = settings;
        this.cache = cache;
        this.keyRecipe = keyRecipe;
        this.async = CompletionStage.class.isAssignableFrom(method.getReturnType());
        this.copier = ResultCopier.forReturnType(ResultTypes.cachedType(method));
        this.counters = counters;
        this.singleFlight = singleFlight;
        this.lockTimeout = lockTimeout;
        this.batch = batch;
        this.codec = codec;
    }

    /** How the cache stores values: as they are, or compressed. */
    ValueCodec codec() {
        return codec;
    }

    /** The batch shape of a batch method, or {@code null}. */
    BatchShape batch() {
        return batch;
    }

    /** How long a caller waits for another caller's run of the same key before running the model itself. */
    public Duration lockTimeout() {
        return lockTimeout;
    }

    /** Callers now waiting for another caller's model run with an equal key. */
    public int waitingCallers() {
        return singleFlight.waiting();
    }

    SingleFlight singleFlight() {
        return singleFlight;
    }

    public Method method() {
        return method;
    }

    /** The method as {@code com.acme.Model#infer(float[])}, for messages. */
    public String description() {
        return description;
    }

    public CacheSettings settings() {
        return settings;
    }

    public CacheCounters counters() {
        return counters;
    }

    Cache<InferenceKey, Object> cache() {
        return cache;
    }

    KeyRecipe keyRecipe() {
        return keyRecipe;
    }

    ResultCopier copier() {
        return copier;
    }

    /** Whether the method returns a {@link CompletionStage} whose value is what gets cached. */
    boolean async() {
        return async;
    }
}
