package io.cachedinference.interceptor.internal.core;

import io.cachedinference.api.CacheStatistics;
import io.cachedinference.api.InferenceCaches;
import io.cachedinference.api.InferenceKey;
import java.lang.reflect.Method;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.cache.Cache;

/** The deployment's plans, by method, and its caches, by name. Built once; read by every call. */
public final class InferenceCacheRegistry implements InferenceCaches {

    private final Map<Method, MethodPlan> plans;
    private final Map<String, Cache<InferenceKey, Object>> caches;
    private final Map<String, CacheStatistics> statistics;

    public InferenceCacheRegistry(Map<Method, MethodPlan> plans) {
        this.plans = Map.copyOf(plans);
        Map<String, Cache<InferenceKey, Object>> byName = new TreeMap<>();
        Map<String, CacheStatistics> stats = new TreeMap<>();
        for (MethodPlan plan : plans.values()) {
            byName.put(plan.settings().cacheName(), plan.cache());
            stats.put(plan.settings().cacheName(), plan.counters());
        }
        this.caches = Collections.unmodifiableMap(byName);
        this.statistics = Collections.unmodifiableMap(stats);
    }

    /** An empty registry, for a deployment with no cached methods or one that failed. */
    public static InferenceCacheRegistry empty() {
        return new InferenceCacheRegistry(Map.of());
    }

    /** The plan of a method, or {@code null} when the method is not cached. */
    public MethodPlan plan(Method method) {
        return plans.get(method);
    }

    /** Every plan, for diagnostics. */
    public Iterable<MethodPlan> plans() {
        return plans.values();
    }

    @Override
    public Optional<CacheStatistics> statistics(String cacheName) {
        return Optional.ofNullable(statistics.get(cacheName));
    }

    @Override
    public Map<String, CacheStatistics> statistics() {
        return statistics;
    }

    @Override
    public void invalidateAll(String cacheName) {
        Cache<InferenceKey, Object> cache = caches.get(cacheName);
        if (cache == null) {
            throw new IllegalArgumentException("No @CachedInference method uses cache '" + cacheName
                    + "'; caches: " + caches.keySet());
        }
        cache.removeAll();
    }

    /** The JCache cache of a name, for tests and the provider kit. */
    public Optional<Cache<InferenceKey, Object>> cache(String cacheName) {
        return Optional.ofNullable(caches.get(cacheName));
    }
}
