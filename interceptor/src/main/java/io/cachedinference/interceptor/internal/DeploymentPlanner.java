package io.cachedinference.interceptor.internal;

import io.cachedinference.api.CachedInference;
import io.cachedinference.api.EvictionPolicy;
import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.KeyGenerator;
import io.cachedinference.api.SingleFlightScope;
import io.cachedinference.api.spi.CacheProviderAdapter;
import io.cachedinference.api.spi.CacheSettings;
import io.cachedinference.api.spi.Capabilities;
import io.cachedinference.api.spi.Storage;
import io.cachedinference.api.spi.Support;
import io.cachedinference.interceptor.internal.compression.ValueCodec;
import io.cachedinference.interceptor.internal.config.CachedInferenceConfig;
import io.cachedinference.interceptor.internal.config.SettingsResolver;
import io.cachedinference.interceptor.internal.core.AnnotationPlan;
import io.cachedinference.interceptor.internal.core.BatchShape;
import io.cachedinference.interceptor.internal.core.CacheAccess;
import io.cachedinference.interceptor.internal.core.CacheCounters;
import io.cachedinference.interceptor.internal.core.InferenceCacheRegistry;
import io.cachedinference.interceptor.internal.core.KeyRecipe;
import io.cachedinference.interceptor.internal.core.MethodNames;
import io.cachedinference.interceptor.internal.core.MethodPlan;
import io.cachedinference.interceptor.internal.core.ResultSizes;
import io.cachedinference.interceptor.internal.core.ResultTypes;
import io.cachedinference.interceptor.internal.core.SingleFlight;
import io.cachedinference.interceptor.internal.jsr107.AnnotatedCacheMethod;
import io.cachedinference.interceptor.internal.key.Keyers;
import io.cachedinference.interceptor.internal.provider.DeploymentCaches;
import io.cachedinference.interceptor.internal.provider.DeploymentContext;
import io.cachedinference.interceptor.internal.provider.ProviderSelector;
import io.cachedinference.interceptor.internal.validation.ConflictingCachePolicyException;
import io.cachedinference.interceptor.internal.validation.DeploymentProblems;
import io.cachedinference.interceptor.internal.validation.InvalidBatchMethodException;
import io.cachedinference.interceptor.internal.validation.InvalidSettingException;
import io.cachedinference.interceptor.internal.validation.NoCacheProviderException;
import io.cachedinference.interceptor.internal.validation.NonSerializableResultException;
import io.cachedinference.interceptor.internal.validation.UnsupportedPolicyException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.cache.Cache;
import javax.cache.configuration.CompleteConfiguration;

/**
 * Turns the cached methods found at deployment into plans: validates every method and setting, selects
 * the provider, checks every cache against its capabilities, then creates the caches. Every problem
 * goes to one collector and is reported together. A plain class, testable without a container.
 */
final class DeploymentPlanner {

    private final CachedInferenceConfig config;
    private final ProviderSelector selector;
    private final ClassLoader classLoader;
    private final DeploymentProblems problems;
    private final KeyPlanner keys;
    private final AnnotationPlanner annotations;

    DeploymentPlanner(CachedInferenceConfig config, ProviderSelector selector,
            Function<Class<? extends KeyGenerator>, KeyGenerator> generators, Keyers keyers, ClassLoader classLoader,
            DeploymentProblems problems) {
        this.config = config;
        this.selector = selector;
        this.classLoader = classLoader;
        this.problems = problems;
        this.keys = new KeyPlanner(config, generators, keyers, problems);
        this.annotations = new AnnotationPlanner(config, AnnotationPlanner::construct, problems);
    }

    /** A planner whose JSR-107 factories and key generators come from {@code instances}, as CDI beans when they are. */
    DeploymentPlanner(CachedInferenceConfig config, ProviderSelector selector,
            Function<Class<? extends KeyGenerator>, KeyGenerator> generators, Function<Class<?>, Object> instances,
            Keyers keyers, ClassLoader classLoader, DeploymentProblems problems) {
        this.config = config;
        this.selector = selector;
        this.classLoader = classLoader;
        this.problems = problems;
        this.keys = new KeyPlanner(config, generators, keyers, problems);
        this.annotations = new AnnotationPlanner(config, instances, problems);
    }

    /** What planning produced: the registry and its caches, or the problems that prevent deployment. */
    record Outcome(InferenceCacheRegistry registry, DeploymentCaches caches, List<RuntimeException> problems) {
    }

    private record Draft(CachedMethod method, String cacheName, KeyRecipe recipe, CacheSettings settings,
            Duration lockTimeout, Duration asyncTimeout, boolean enabled, BatchShape batch, ValueCodec codec,
            SingleFlightScope scope, Duration lease) {

        boolean clustered() {
            return scope == SingleFlightScope.CLUSTER;
        }
    }

    Outcome plan(List<CachedMethod> methods) {
        return plan(methods, List.of());
    }

    /** Plans the {@code @CachedInference} methods and the methods with JSR-107 cache annotations together. */
    Outcome plan(List<CachedMethod> methods, List<AnnotatedCacheMethod> annotated) {
        List<Draft> drafts = new ArrayList<>();
        for (CachedMethod m : methods) {
            draft(m).ifPresent(drafts::add);
        }
        List<AnnotationPlanner.Draft> annotationDrafts = annotations.draft(annotated);
        // switched off by configuration: validated like the rest, but given no cache and no plan
        drafts.removeIf(d -> !d.enabled());
        Map<String, CacheSettings> caches = withValueTypes(sharedSettings(drafts), drafts);
        if (drafts.isEmpty() && annotationDrafts.isEmpty()) {
            return failedOrEmpty();
        }
        DeploymentContext context = new DeploymentContext(classLoader, config, ResultSizes.discover(classLoader));
        CacheProviderAdapter adapter = null;
        try {
            adapter = selector.select(config, context);
        } catch (NoCacheProviderException e) {
            problems.accept(e);
        }
        if (adapter == null) {
            return failedOrEmpty();
        }
        Capabilities capabilities = adapter.capabilities();
        checkSupport(adapter, capabilities, caches, drafts);
        if (capabilities.storage() == Storage.BY_VALUE) {
            for (Draft d : drafts) {
                checkSerializable(adapter.alias(), d);
            }
        }
        // the caches are opened even after earlier problems, so the provider's own are reported with them
        return build(adapter, context, caches, drafts, annotationDrafts);
    }

    private Outcome failedOrEmpty() {
        return new Outcome(InferenceCacheRegistry.empty(), null, problems.all());
    }

    private Optional<Draft> draft(CachedMethod m) {
        Method method = m.method();
        String description = MethodNames.describe(method);
        CachedInference annotation = m.annotation();
        String cacheName = annotation.cacheName().isEmpty() ? description : annotation.cacheName();
        SettingsResolver resolver = new SettingsResolver(config);
        Optional<CacheSettings> settings = resolver.resolve(cacheName, annotation, description, problems);
        Optional<Duration> lockTimeout = resolver.lockTimeout(cacheName, annotation, description, problems);
        Optional<Duration> asyncTimeout = lockTimeout.flatMap(t -> resolver.asyncTimeout(cacheName, t, description,
                problems));
        boolean enabled = resolver.enabled(cacheName, description, problems);
        Optional<ValueCodec> codec = resolver.codec(cacheName, description, problems);
        Optional<SingleFlightScope> scope = resolver.singleFlight(cacheName, annotation, description, problems);
        Optional<Duration> lease = lockTimeout.flatMap(t -> resolver.lease(cacheName, t, description, problems));
        BatchShape batch = null;
        if (annotation.batch()) {
            List<String> why = new ArrayList<>();
            batch = BatchShape.of(method, why).orElse(null);
            why.forEach(w -> problems.accept(new InvalidBatchMethodException("@CachedInference(batch = true): " + w
                    + " [class=" + method.getDeclaringClass().getName() + ", method=" + description + "]")));
        }
        String version = annotation.model().isEmpty() ? annotation.modelVersion()
                : config.get(CachedInferenceConfig.modelVersionKey(annotation.model()))
                        .map(CachedInferenceConfig.Setting::value).orElse(annotation.modelVersion());
        Optional<KeyRecipe> recipe = keys.recipe(method, annotation, cacheName, version, batch);
        if (recipe.isEmpty() || settings.isEmpty() || lockTimeout.isEmpty() || asyncTimeout.isEmpty() || codec.isEmpty()
                || scope.isEmpty() || lease.isEmpty() || annotation.batch() && batch == null) {
            return Optional.empty();
        }
        if (scope.get() == SingleFlightScope.CLUSTER
                && (batch != null || java.util.concurrent.CompletionStage.class.isAssignableFrom(method.getReturnType()))) {
            problems.accept(new InvalidSettingException("single-flight=cluster applies to methods with a single"
                    + " synchronous result; batch and asynchronous methods coalesce per JVM. Use single-flight=jvm for"
                    + " this cache, or give this method a cache of its own [cache=" + cacheName + ", method="
                    + description + "]"));
            return Optional.empty();
        }
        return Optional.of(new Draft(m, cacheName, recipe.get(), settings.get(),
                lockTimeout.get(), asyncTimeout.get(), enabled, batch, codec.get(), scope.get(), lease.get()));
    }

    private Map<String, CacheSettings> sharedSettings(List<Draft> drafts) {
        Map<String, CacheSettings> byCache = new LinkedHashMap<>();
        Map<String, Draft> firstUser = new LinkedHashMap<>();
        for (Draft d : drafts) {
            CacheSettings previous = byCache.putIfAbsent(d.cacheName(), d.settings());
            if (previous == null) {
                firstUser.put(d.cacheName(), d);
            } else if (firstUser.get(d.cacheName()).scope() != d.scope()
                    || d.clustered() && !firstUser.get(d.cacheName()).lease().equals(d.lease())) {
                Draft first = firstUser.get(d.cacheName());
                problems.accept(new ConflictingCachePolicyException("Cache '" + d.cacheName() + "' is shared by methods"
                        + " that ask for different single flights: " + MethodNames.describe(first.method().method())
                        + " for single-flight=" + first.scope() + " (lease " + first.lease() + "), "
                        + MethodNames.describe(d.method().method()) + " for single-flight=" + d.scope() + " (lease "
                        + d.lease() + "). Give them the same settings or different cache names"));
            } else if (!previous.equals(d.settings())) {
                problems.accept(new ConflictingCachePolicyException("Cache '" + d.cacheName() + "' is shared by methods"
                        + " that ask for different policies: " + MethodNames.describe(firstUser.get(d.cacheName()).method().method())
                        + " asks for " + describe(previous) + ", " + MethodNames.describe(d.method().method()) + " for "
                        + describe(d.settings()) + ". Give them the same settings or different cache names"));
            }
        }
        return byCache;
    }

    // every cache learns the types its values may have, over all its methods, once sharing is checked
    private static Map<String, CacheSettings> withValueTypes(Map<String, CacheSettings> caches, List<Draft> drafts) {
        Map<String, CacheSettings> typed = new LinkedHashMap<>();
        caches.forEach((name, settings) -> {
            Set<Class<?>> types = new LinkedHashSet<>();
            for (Draft d : drafts) {
                if (d.cacheName().equals(name)) {
                    types.add(ResultTypes.storedType(d.method().method(), d.batch()));
                    types.addAll(d.codec().storedTypes());
                }
            }
            typed.put(name, settings.withValueTypes(types));
        });
        return typed;
    }

    private void checkSupport(CacheProviderAdapter adapter, Capabilities capabilities, Map<String, CacheSettings> caches,
            List<Draft> drafts) {
        for (CacheSettings settings : caches.values()) {
            String where = "[cache=" + settings.cacheName() + ", methods=" + methodsOf(settings.cacheName(), drafts) + "]";
            if (settings.jittered() && !capabilities.ttlJitter().available()) {
                problems.accept(new UnsupportedPolicyException("ttl-jitter=" + settings.ttlJitter() + " is not supported"
                        + " by provider '" + adapter.alias() + "', which cannot give entries their own time to live."
                        + " Providers on the class path that support it: " + supporting(c -> c.ttlJitter().available())
                        + ". Remove the jitter, or select such a provider " + where));
            }
            if (settings.byteBounded() && !capabilities.byteBound().available()) {
                problems.accept(new UnsupportedPolicyException("max-bytes=" + settings.maxBytes() + " is not supported by"
                        + " provider '" + adapter.alias() + "', which cannot weigh values. Providers on the class path"
                        + " that support it: " + supporting(c -> c.byteBound().available()) + ". Bound the cache by"
                        + " max-entries instead, or select such a provider " + where));
            }
            if (!settings.byteBounded() && !capabilities.entryBound().available()) {
                problems.accept(new UnsupportedPolicyException("max-entries is not supported by provider '"
                        + adapter.alias() + "', which cannot count entries. Bound the cache by max-bytes, or select"
                        + " another provider " + where));
            }
            EvictionPolicy policy = settings.eviction();
            if (!capabilities.eviction(policy).available()) {
                problems.accept(new UnsupportedPolicyException("Eviction " + policy + " is not supported by provider '"
                        + adapter.alias() + "'. Providers on the class path that support it: "
                        + supporting(c -> c.eviction(policy).available()) + ". Choose another eviction, or add a"
                        + " provider that supports it and select it with " + CachedInferenceConfig.PROVIDER + " " + where));
            }
            boolean clustered = drafts.stream().anyMatch(d -> d.cacheName().equals(settings.cacheName()) && d.clustered());
            if (clustered && !capabilities.sharedAcrossProcesses()) {
                problems.accept(new UnsupportedPolicyException("single-flight=cluster needs a provider whose caches are"
                        + " shared across processes, and provider '" + adapter.alias() + "' declares none. Providers on"
                        + " the class path that share: " + supporting(Capabilities::sharedAcrossProcesses)
                        + ". Use single-flight=jvm, or select such a provider " + where));
            }
            if (settings.boundByProvider() && !providerConfigured(capabilities, settings)) {
                problems.accept(new InvalidSettingException(CachedInferenceConfig.cacheKey(settings.cacheName(),
                        SettingsResolver.BOUND) + "=" + SettingsResolver.BOUND_BY_PROVIDER + " has no effect: provider '"
                        + adapter.alias() + "' keeps the cache's bound and eviction itself, as the cache's settings"
                        + " state them. Remove the key " + where));
            }
        }
    }

    // what checkSupport accepted: only such caches are asked of the provider
    private static boolean supported(Capabilities c, CacheSettings s) {
        return (!s.jittered() || c.ttlJitter().available()) && c.eviction(s.eviction()).available()
                && (s.byteBounded() ? c.byteBound() : c.entryBound()).available();
    }

    private static boolean providerConfigured(Capabilities capabilities, CacheSettings settings) {
        Support bound = settings.byteBounded() ? capabilities.byteBound() : capabilities.entryBound();
        return bound == Support.PROVIDER_CONFIGURED || capabilities.eviction(settings.eviction()) == Support.PROVIDER_CONFIGURED;
    }

    private String supporting(Predicate<Capabilities> supports) {
        String names = selector.adapters().stream().filter(a -> supports.test(a.capabilities()))
                .map(CacheProviderAdapter::alias).collect(Collectors.joining(", "));
        return names.isEmpty() ? "none" : names;
    }

    private static String methodsOf(String cacheName, List<Draft> drafts) {
        return drafts.stream().filter(d -> d.cacheName().equals(cacheName))
                .map(d -> MethodNames.describe(d.method().method())).collect(Collectors.joining(", "));
    }

    private void checkSerializable(String provider, Draft d) {
        Method method = d.method().method();
        Class<?> type = ResultTypes.storedType(method, d.batch());
        if (ResultTypes.maySerialize(type)) {
            return;
        }
        problems.accept(new NonSerializableResultException("@CachedInference result type " + type.getName()
                + " is not Serializable, but provider '" + provider + "' stores values by value or across a"
                + " cluster. Make the result Serializable, or choose a provider that stores by reference"
                + " [cache=" + d.cacheName() + ", method=" + MethodNames.describe(method) + "]"));
    }

    private Outcome build(CacheProviderAdapter adapter, DeploymentContext context, Map<String, CacheSettings> caches,
            List<Draft> drafts, List<AnnotationPlanner.Draft> annotationDrafts) {
        Optional<DeploymentCaches> opened = DeploymentCaches.open(adapter, context, problems);
        if (opened.isEmpty()) {
            return failedOrEmpty();
        }
        DeploymentCaches deploymentCaches = opened.get();
        Map<String, CacheAccess> accesses = new LinkedHashMap<>();
        for (CacheSettings settings : caches.values()) {
            if (!supported(adapter.capabilities(), settings)) {
                continue;
            }
            Optional<Cache<InferenceKey, Object>> cache = deploymentCaches.create(settings, problems);
            if (cache.isEmpty()) {
                continue;
            }
            List<Draft> users = drafts.stream().filter(d -> d.cacheName().equals(settings.cacheName())).toList();
            if (adapter.capabilities().storage() == Storage.BY_REFERENCE && storesByValue(cache.get())) {
                // a cache the provider's own configuration defines may store by value
                users.forEach(d -> checkSerializable(adapter.alias(), d));
            }
            // one codec per cache, so methods sharing a cache share its compression figures
            ValueCodec codec = users.get(0).codec();
            // one single flight per cache, so equal misses of a batch and a single-item method coalesce
            SingleFlight singleFlight = new SingleFlight();
            CacheCounters counters = new CacheCounters(settings.cacheName(), deploymentCaches.evictions(cache.get()),
                    codec, singleFlight::waiting);
            Draft first = users.get(0);
            if (first.clustered()) {
                // the cluster's claims on runs in flight, shared like the data, bounded as it is (by the provider
                // when the data's bound is the provider's), and expiring after the lease
                CacheSettings claimSettings = new CacheSettings(settings.cacheName() + "-inflight", EvictionPolicy.TTL,
                        Math.max(settings.maxEntries(), 1000), first.lease(), 0, 0, settings.boundByProvider())
                        .withValueTypes(Set.of(String.class)).asClaims();
                Optional<Cache<InferenceKey, Object>> claims = deploymentCaches.create(claimSettings, problems);
                claims.ifPresent(c -> accesses.put(settings.cacheName(), new CacheAccess(cache.get(), codec, counters,
                        singleFlight, c, first.lease())));
            } else {
                accesses.put(settings.cacheName(), new CacheAccess(cache.get(), codec, counters, singleFlight));
            }
        }
        Map<Method, AnnotationPlan> annotationPlans = annotations.build(annotationDrafts, deploymentCaches,
                caches.keySet());
        if (!problems.isEmpty()) {
            deploymentCaches.close();
            return failedOrEmpty();
        }
        Map<Method, MethodPlan> plans = new LinkedHashMap<>();
        for (Draft d : drafts) {
            plans.put(d.method().method(), MethodPlan.of(d.method().method(), caches.get(d.cacheName()), accesses.get(d.cacheName()),
                    d.recipe(), d.lockTimeout(), d.asyncTimeout(), d.batch()));
        }
        return new Outcome(new InferenceCacheRegistry(plans, annotationPlans), deploymentCaches, List.of());
    }

    @SuppressWarnings("unchecked") // the JCache API takes the raw class literal CompleteConfiguration.class
    private static boolean storesByValue(Cache<InferenceKey, Object> cache) {
        try {
            return cache.getConfiguration(CompleteConfiguration.class).isStoreByValue();
        } catch (RuntimeException e) {
            // a provider whose configuration is not a CompleteConfiguration: its adapter's declaration holds
            return false;
        }
    }

    private static String describe(CacheSettings s) {
        return "eviction=" + s.eviction() + ", max-entries=" + s.maxEntries() + ", ttl=" + s.ttl()
                + (s.byteBounded() ? ", max-bytes=" + s.maxBytes() : "")
                + (s.jittered() ? ", ttl-jitter=" + s.ttlJitter() : "")
                + (s.boundByProvider() ? ", bound=provider" : "");
    }
}
