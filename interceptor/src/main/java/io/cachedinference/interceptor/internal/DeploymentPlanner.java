package io.cachedinference.interceptor.internal;

import io.cachedinference.api.CachedInference;
import io.cachedinference.api.EvictionPolicy;
import io.cachedinference.api.KeyGenerator;
import io.cachedinference.api.spi.CacheProviderAdapter;
import io.cachedinference.api.spi.CacheSettings;
import io.cachedinference.api.spi.PolicySupport;
import io.cachedinference.interceptor.internal.compression.ValueCodec;
import io.cachedinference.interceptor.internal.config.CachedInferenceConfig;
import io.cachedinference.interceptor.internal.config.SettingsResolver;
import io.cachedinference.interceptor.internal.core.BatchShape;
import io.cachedinference.interceptor.internal.core.CacheCounters;
import io.cachedinference.interceptor.internal.core.InferenceCacheRegistry;
import io.cachedinference.interceptor.internal.core.KeyRecipe;
import io.cachedinference.interceptor.internal.core.MethodNames;
import io.cachedinference.interceptor.internal.core.MethodPlan;
import io.cachedinference.interceptor.internal.core.ResultSizes;
import io.cachedinference.interceptor.internal.core.ResultTypes;
import io.cachedinference.interceptor.internal.key.Keyers;
import io.cachedinference.interceptor.internal.provider.DeploymentCaches;
import io.cachedinference.interceptor.internal.provider.ProviderSelector;
import io.cachedinference.interceptor.internal.validation.CachedInferenceDeploymentException;
import io.cachedinference.interceptor.internal.validation.ConflictingCachePolicyException;
import io.cachedinference.interceptor.internal.validation.InvalidBatchMethodException;
import io.cachedinference.interceptor.internal.validation.NoCacheProviderException;
import io.cachedinference.interceptor.internal.validation.NonSerializableResultException;
import io.cachedinference.interceptor.internal.validation.UnsupportedPolicyException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns the cached methods found at deployment into plans: validates every method and setting,
 * reporting all problems together, then selects the provider and creates the caches. A plain class,
 * testable without a container.
 */
final class DeploymentPlanner {

    private final CachedInferenceConfig config;
    private final ProviderSelector selector;
    private final ClassLoader classLoader;
    private final List<RuntimeException> problems = new ArrayList<>();
    private final KeyPlanner keys;

    DeploymentPlanner(CachedInferenceConfig config, ProviderSelector selector,
            Function<Class<? extends KeyGenerator>, KeyGenerator> generators, Keyers keyers, ClassLoader classLoader) {
        this.config = config;
        this.selector = selector;
        this.classLoader = classLoader;
        this.keys = new KeyPlanner(config, generators, keyers, problems::add);
    }

    /** What planning produced: the registry and its caches, or the problems that prevent deployment. */
    record Outcome(InferenceCacheRegistry registry, DeploymentCaches caches, List<RuntimeException> problems) {
    }

    private record Draft(CachedMethod method, String cacheName, KeyRecipe recipe, CacheSettings settings,
            Duration lockTimeout, boolean enabled, BatchShape batch, ValueCodec codec) {
    }

    Outcome plan(List<CachedMethod> methods, List<RuntimeException> earlierProblems) {
        problems.addAll(earlierProblems);
        List<Draft> drafts = new ArrayList<>();
        for (CachedMethod m : methods) {
            draft(m).ifPresent(drafts::add);
        }
        // switched off by configuration: validated like the rest, but given no cache and no plan
        drafts.removeIf(d -> !d.enabled());
        Map<String, CacheSettings> caches = sharedSettings(drafts);
        CacheProviderAdapter adapter = null;
        if (!drafts.isEmpty()) {
            try {
                adapter = selector.select(config);
            } catch (NoCacheProviderException e) {
                problems.add(e);
            }
        }
        if (adapter != null) {
            checkSupport(adapter, caches, drafts);
            if (adapter.storesByValue()) {
                for (Draft d : drafts) {
                    checkSerializable(adapter, d);
                }
            }
        }
        if (!problems.isEmpty() || drafts.isEmpty()) {
            return new Outcome(InferenceCacheRegistry.empty(), null, List.copyOf(problems));
        }
        return build(adapter, caches, drafts);
    }

    private Optional<Draft> draft(CachedMethod m) {
        Method method = m.method();
        String description = MethodNames.describe(method);
        CachedInference annotation = m.annotation();
        String cacheName = annotation.cacheName().isEmpty() ? description : annotation.cacheName();
        SettingsResolver resolver = new SettingsResolver(config);
        Optional<CacheSettings> settings = resolver.resolve(cacheName, annotation, description, problems::add);
        Optional<Duration> lockTimeout = resolver.lockTimeout(cacheName, annotation, description, problems::add);
        boolean enabled = resolver.enabled(cacheName, description, problems::add);
        Optional<ValueCodec> codec = resolver.codec(cacheName, description, problems::add);
        BatchShape batch = null;
        if (annotation.batch()) {
            List<String> why = new ArrayList<>();
            batch = BatchShape.of(method, why).orElse(null);
            why.forEach(w -> problems.add(new InvalidBatchMethodException("@CachedInference(batch = true): " + w
                    + " [class=" + method.getDeclaringClass().getName() + ", method=" + description + "]")));
        }
        String version = annotation.model().isEmpty() ? annotation.modelVersion()
                : config.get(CachedInferenceConfig.modelVersionKey(annotation.model()))
                        .map(CachedInferenceConfig.Setting::value).orElse(annotation.modelVersion());
        Optional<KeyRecipe> recipe = keys.recipe(method, annotation, cacheName, version, batch);
        if (recipe.isEmpty() || settings.isEmpty() || lockTimeout.isEmpty() || codec.isEmpty()
                || annotation.batch() && batch == null) {
            return Optional.empty();
        }
        return Optional.of(new Draft(m, cacheName, recipe.get(), settings.get(),
                lockTimeout.get(), enabled, batch, codec.get()));
    }

    private Map<String, CacheSettings> sharedSettings(List<Draft> drafts) {
        Map<String, CacheSettings> byCache = new LinkedHashMap<>();
        Map<String, Draft> firstUser = new LinkedHashMap<>();
        for (Draft d : drafts) {
            CacheSettings previous = byCache.putIfAbsent(d.cacheName(), d.settings());
            if (previous == null) {
                firstUser.put(d.cacheName(), d);
            } else if (!previous.equals(d.settings())) {
                problems.add(new ConflictingCachePolicyException("Cache '" + d.cacheName() + "' is shared by methods"
                        + " that ask for different policies: " + MethodNames.describe(firstUser.get(d.cacheName()).method().method())
                        + " asks for " + describe(previous) + ", " + MethodNames.describe(d.method().method()) + " for "
                        + describe(d.settings()) + ". Give them the same settings or different cache names"));
            }
        }
        return byCache;
    }

    private void checkSupport(CacheProviderAdapter adapter, Map<String, CacheSettings> caches, List<Draft> drafts) {
        for (CacheSettings settings : caches.values()) {
            if (settings.jittered() && !adapter.supportsTtlJitter()) {
                String supporting = selector.adapters().stream().filter(CacheProviderAdapter::supportsTtlJitter)
                        .map(CacheProviderAdapter::alias).collect(Collectors.joining(", "));
                problems.add(new UnsupportedPolicyException("ttl-jitter=" + settings.ttlJitter() + " is not supported"
                        + " by provider '" + adapter.alias() + "', which cannot give entries their own time to live."
                        + " Providers on the class path that support it: " + (supporting.isEmpty() ? "none" : supporting)
                        + " [cache=" + settings.cacheName() + "]"));
            }
            if (settings.byteBounded() && !adapter.supportsByteBound()) {
                String supporting = selector.adapters().stream().filter(CacheProviderAdapter::supportsByteBound)
                        .map(CacheProviderAdapter::alias).collect(Collectors.joining(", "));
                problems.add(new UnsupportedPolicyException("max-bytes=" + settings.maxBytes() + " is not supported by"
                        + " provider '" + adapter.alias() + "', which cannot weigh values. Providers on the class path"
                        + " that support it: " + (supporting.isEmpty() ? "none" : supporting) + ". Bound the cache by"
                        + " max-entries instead, or select such a provider [cache=" + settings.cacheName() + "]"));
            }
            EvictionPolicy policy = settings.eviction();
            if (adapter.support(policy) != PolicySupport.UNSUPPORTED) {
                continue;
            }
            String supporting = selector.adapters().stream()
                    .filter(a -> a.support(policy) != PolicySupport.UNSUPPORTED)
                    .map(CacheProviderAdapter::alias)
                    .collect(Collectors.joining(", "));
            String methods = drafts.stream().filter(d -> d.cacheName().equals(settings.cacheName()))
                    .map(d -> MethodNames.describe(d.method().method())).collect(Collectors.joining(", "));
            problems.add(new UnsupportedPolicyException("Eviction " + policy + " is not supported by provider '"
                    + adapter.alias() + "'. Providers on the class path that support it: "
                    + (supporting.isEmpty() ? "none" : supporting) + ". Choose another eviction, or add a provider that"
                    + " supports it and select it with " + CachedInferenceConfig.PROVIDER
                    + " [cache=" + settings.cacheName() + ", methods=" + methods + "]"));
        }
    }

    private void checkSerializable(CacheProviderAdapter adapter, Draft d) {
        Method method = d.method().method();
        Class<?> type = ResultTypes.cachedType(method);
        if (ResultTypes.maySerialize(type)) {
            return;
        }
        problems.add(new NonSerializableResultException("@CachedInference result type " + type.getName()
                + " is not Serializable, but provider '" + adapter.alias() + "' stores values by value or across a"
                + " cluster. Make the result Serializable, or choose a provider that stores by reference"
                + " [cache=" + d.cacheName() + ", method=" + MethodNames.describe(method) + "]"));
    }

    private Outcome build(CacheProviderAdapter adapter, Map<String, CacheSettings> caches, List<Draft> drafts) {
        DeploymentCaches deploymentCaches;
        try {
            deploymentCaches = DeploymentCaches.open(adapter, classLoader, ResultSizes.discover(classLoader));
        } catch (CachedInferenceDeploymentException e) {
            return new Outcome(InferenceCacheRegistry.empty(), null, List.of(e));
        }
        Map<String, MethodPlanParts> parts = new LinkedHashMap<>();
        try {
            for (CacheSettings settings : caches.values()) {
                // one codec per cache, so methods sharing a cache share its compression figures
                ValueCodec codec = drafts.stream().filter(d -> d.cacheName().equals(settings.cacheName()))
                        .findFirst().orElseThrow().codec();
                parts.put(settings.cacheName(), new MethodPlanParts(deploymentCaches.create(settings),
                        new CacheCounters(settings.cacheName(), deploymentCaches.evictions(settings.cacheName()), codec),
                        codec));
            }
        } catch (RuntimeException e) {
            deploymentCaches.close();
            return new Outcome(InferenceCacheRegistry.empty(), null, List.of(new NoCacheProviderException(
                    "Provider '" + adapter.alias() + "' could not create cache: " + e.getMessage(), e)));
        }
        Map<Method, MethodPlan> plans = new LinkedHashMap<>();
        for (Draft d : drafts) {
            MethodPlanParts p = parts.get(d.cacheName());
            plans.put(d.method().method(), new MethodPlan(d.method().method(), d.settings(), p.cache(), d.recipe(),
                    p.counters(), d.lockTimeout(), d.batch(), p.codec()));
        }
        return new Outcome(new InferenceCacheRegistry(plans), deploymentCaches, List.of());
    }

    private record MethodPlanParts(javax.cache.Cache<io.cachedinference.api.InferenceKey, Object> cache,
            CacheCounters counters, ValueCodec codec) {
    }

    private static String describe(CacheSettings s) {
        return "eviction=" + s.eviction() + ", max-entries=" + s.maxEntries() + ", ttl=" + s.ttl()
                + (s.byteBounded() ? ", max-bytes=" + s.maxBytes() : "")
                + (s.jittered() ? ", ttl-jitter=" + s.ttlJitter() : "");
    }
}
