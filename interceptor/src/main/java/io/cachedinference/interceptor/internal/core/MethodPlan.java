package io.cachedinference.interceptor.internal.core;

import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.spi.CacheSettings;
import java.lang.reflect.Method;
import javax.cache.Cache;

/** Everything a call of one {@code @CachedInference} method needs, computed once at deployment. */
public final class MethodPlan {

    private final Method method;
    private final String description;
    private final CacheSettings settings;
    private final Cache<InferenceKey, Object> cache;
    private final KeyRecipe keyRecipe;
    private final ResultCopier copier;
    private final CacheCounters counters;

    public MethodPlan(Method method, CacheSettings settings, Cache<InferenceKey, Object> cache, KeyRecipe keyRecipe,
            CacheCounters counters) {
        this.method = method;
        this.description = MethodNames.describe(method);
        this.settings = settings;
        this.cache = cache;
        this.keyRecipe = keyRecipe;
        this.copier = ResultCopier.forReturnType(method.getReturnType());
        this.counters = counters;
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
}
