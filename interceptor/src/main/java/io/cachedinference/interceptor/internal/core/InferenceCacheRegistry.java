package io.cachedinference.interceptor.internal.core;

import io.cachedinference.api.CacheStatistics;
import io.cachedinference.api.InferenceCaches;
import io.cachedinference.api.InferenceKey;
import java.lang.reflect.Method;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.cache.Cache;

/** The deployment's plans, by method, and its caches, by name. Built once; read by every call. */
public final class InferenceCacheRegistry implements InferenceCaches {

    private final Map<Method, MethodPlan> plans;
    private final Map<String, CacheAccess> caches;
    private final Map<String, CacheStatistics> statistics;
    private final Map<Method, AnnotationPlan> annotationPlans;
    private final Map<String, AnnotationCache> annotationCaches;

    public InferenceCacheRegistry(Map<Method, MethodPlan> plans) {
        this(plans, Map.of());
    }

    /** The plans of {@code @CachedInference} methods and of methods with JSR-107 cache annotations. */
    public InferenceCacheRegistry(Map<Method, MethodPlan> plans, Map<Method, AnnotationPlan> annotationPlans) {
        this.plans = Map.copyOf(plans);
        this.annotationPlans = Map.copyOf(annotationPlans);
        Map<String, AnnotationCache> annotationCaches = new TreeMap<>();
        for (AnnotationPlan plan : annotationPlans.values()) {
            annotationCaches.put(plan.shared().name(), plan.shared());
        }
        this.annotationCaches = Collections.unmodifiableMap(annotationCaches);
        Map<String, CacheAccess> byName = new TreeMap<>();
        Map<String, CacheStatistics> stats = new TreeMap<>();
        for (MethodPlan plan : plans.values()) {
            byName.put(plan.settings().cacheName(), plan.access());
            stats.put(plan.settings().cacheName(), plan.counters());
        }
        annotationCaches.forEach((name, cache) -> stats.put(name, cache.counters()));
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

    /** The plan of a method with a JSR-107 cache annotation, or {@code null}. */
    public AnnotationPlan annotationPlan(Method method) {
        return annotationPlans.get(method);
    }

    /** Every plan, for diagnostics. */
    public Iterable<MethodPlan> plans() {
        return plans.values();
    }

    /** The models whose methods use a cache, comma-separated, for metric tags; empty when none is named. */
    public String models(String cacheName) {
        return plansOf(cacheName).stream().map(p -> p.keyRecipe().model()).filter(m -> !m.isEmpty()).distinct()
                .sorted().collect(Collectors.joining(","));
    }

    @Override
    public Optional<CacheStatistics> statistics(String cacheName) {
        return Optional.ofNullable(statistics.get(cacheName));
    }

    @Override
    public Map<String, CacheStatistics> statistics() {
        return statistics;
    }

    // every invalidation runs through the cache's fence first, so a model run that spans it stores nothing
    @Override
    public void invalidateAll(String cacheName) {
        CacheAccess access = cacheNamed(cacheName);
        access.invalidate(() -> { });
        access.cache().removeAll();
    }

    @Override
    public void invalidate(String cacheName, Object... arguments) {
        CacheAccess access = cacheNamed(cacheName);
        access.invalidate(() -> { });
        for (MethodPlan plan : plansOf(cacheName)) {
            // a method whose key parameters lie beyond these arguments cannot have stored their entry
            if (plan.keyRecipe().covers(arguments)) {
                access.cache().remove(plan.keyRecipe().keyFor(arguments));
            }
        }
    }

    @Override
    public long invalidateModel(String model) {
        List<MethodPlan> plans = modelPlans(model);
        plans.forEach(p -> p.access().invalidate(() -> { }));
        return removeNamespaces(plans, ps -> ps.stream().map(p -> p.keyRecipe().namespace()).collect(Collectors.toSet()));
    }

    @Override
    public void resetStatistics(String cacheName) {
        AnnotationCache annotated = annotationCaches.get(cacheName);
        if (annotated != null) {
            annotated.counters().reset();
            return;
        }
        cacheNamed(cacheName);
        plansOf(cacheName).get(0).counters().reset();
    }

    @Override
    public <T> Optional<T> unwrap(String cacheName, Class<T> type) {
        CacheAccess access = caches.get(cacheName);
        if (access == null) {
            return Optional.empty();
        }
        Cache<InferenceKey, Object> cache = access.cache();
        if (type.isInstance(cache)) {
            return Optional.of(type.cast(cache));
        }
        try {
            return Optional.of(cache.unwrap(type));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<String> cachingProvider() {
        return caches.values().stream().findFirst()
                .map(c -> c.cache().getCacheManager().getCachingProvider().getClass().getName());
    }

    /**
     * Switches every method of a model to a new version, then removes the old version's entries;
     * calls that start afterwards only see the new version. Returns the entries removed.
     */
    public long switchModelVersion(String model, String version) {
        List<MethodPlan> plans = modelPlans(model);
        Set<String> old = new HashSet<>();
        for (MethodPlan plan : plans) {
            plan.access().invalidate(() -> old.add(plan.keyRecipe().switchVersion(version)));
        }
        return removeNamespaces(plans, p -> old);
    }

    private long removeNamespaces(List<MethodPlan> plans,
            java.util.function.Function<List<MethodPlan>, Set<String>> namespaces) {
        Set<String> doomed = namespaces.apply(plans);
        long removed = 0;
        Set<String> cacheNames = plans.stream().map(p -> p.settings().cacheName()).collect(Collectors.toSet());
        for (String name : cacheNames) {
            Iterator<Cache.Entry<InferenceKey, Object>> entries = caches.get(name).cache().iterator();
            while (entries.hasNext()) {
                if (doomed.contains(entries.next().getKey().namespace())) {
                    entries.remove();
                    removed++;
                }
            }
        }
        return removed;
    }

    private List<MethodPlan> modelPlans(String model) {
        return plans.values().stream().filter(p -> p.keyRecipe().model().equals(model)).collect(Collectors.toList());
    }

    private List<MethodPlan> plansOf(String cacheName) {
        return plans.values().stream().filter(p -> p.settings().cacheName().equals(cacheName))
                .collect(Collectors.toList());
    }

    private CacheAccess cacheNamed(String cacheName) {
        CacheAccess cache = caches.get(cacheName);
        if (cache == null) {
            throw new IllegalArgumentException("No @CachedInference method uses cache '" + cacheName
                    + "'; caches: " + caches.keySet());
        }
        return cache;
    }

    /** The JCache cache of a name, for tests. */
    public Optional<Cache<InferenceKey, Object>> cache(String cacheName) {
        return Optional.ofNullable(caches.get(cacheName)).map(CacheAccess::cache);
    }
}
