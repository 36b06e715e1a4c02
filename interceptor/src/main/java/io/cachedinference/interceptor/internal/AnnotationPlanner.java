package io.cachedinference.interceptor.internal;

import io.cachedinference.api.CachedInference;
import io.cachedinference.api.spi.Storage;
import io.cachedinference.interceptor.internal.config.CachedInferenceConfig;
import io.cachedinference.interceptor.internal.config.SettingsResolver;
import io.cachedinference.interceptor.internal.core.AnnotationCache;
import io.cachedinference.interceptor.internal.core.AnnotationPlan;
import io.cachedinference.interceptor.internal.core.ExceptionRule;
import io.cachedinference.interceptor.internal.core.MethodNames;
import io.cachedinference.interceptor.internal.core.ResultTypes;
import io.cachedinference.interceptor.internal.jsr107.AnnotatedCacheMethod;
import io.cachedinference.interceptor.internal.jsr107.DeploymentCacheResolverFactory;
import io.cachedinference.interceptor.internal.jsr107.MethodDetails;
import io.cachedinference.interceptor.internal.jsr107.ParameterLayout;
import io.cachedinference.interceptor.internal.jsr107.PlanParts;
import io.cachedinference.interceptor.internal.provider.DeploymentCaches;
import io.cachedinference.interceptor.internal.validation.CacheCreationFailedException;
import io.cachedinference.interceptor.internal.validation.CacheResolverCreationException;
import io.cachedinference.interceptor.internal.validation.ConflictingCachePolicyException;
import io.cachedinference.interceptor.internal.validation.InvalidCacheAnnotationException;
import io.cachedinference.interceptor.internal.validation.InvalidSettingException;
import io.cachedinference.interceptor.internal.validation.KeyGeneratorCreationException;
import io.cachedinference.interceptor.internal.validation.NonSerializableResultException;
import io.cachedinference.interceptor.internal.validation.VoidMethodException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.cache.Cache;
import javax.cache.annotation.CacheDefaults;
import javax.cache.annotation.CacheKeyGenerator;
import javax.cache.annotation.CachePut;
import javax.cache.annotation.CacheRemove;
import javax.cache.annotation.CacheRemoveAll;
import javax.cache.annotation.CacheResolver;
import javax.cache.annotation.CacheResolverFactory;
import javax.cache.annotation.CacheResult;

/**
 * Plans the methods with JSR-107 cache annotations, in two steps like {@link DeploymentPlanner}: first
 * {@link #draft} validates each method and resolves its cache name, {@code CacheResolverFactory} and
 * {@code CacheKeyGenerator} (after the spec: the annotation's, else {@code @CacheDefaults}', else the
 * default), then {@link #build} asks each factory for the method's resolvers, once, and makes the plans.
 * Every problem goes to the deployment's collector.
 */
final class AnnotationPlanner {

    /**
     * How long an equal concurrent miss of a {@code @CacheResult} method waits, unless the cache's
     * {@code lock-timeout} says otherwise: {@code @CachedInference}'s default.
     */
    static final Duration LOCK_TIMEOUT = Duration.parse(lockTimeoutDefault());

    private final CachedInferenceConfig config;
    private final Function<Class<?>, Object> instances;
    private final Consumer<RuntimeException> problems;

    /**
     * @param config    read for the switches ({@code cached-inference.enabled}, {@code cached-inference.cache.<name>.enabled})
     *                  and each cache's {@code lock-timeout}
     * @param instances creates the factories and generators an annotation names, as CDI beans when they are
     */
    AnnotationPlanner(CachedInferenceConfig config, Function<Class<?>, Object> instances,
            Consumer<RuntimeException> problems) {
        this.config = config;
        this.instances = instances;
        this.problems = problems;
    }

    /** A validated method, its factory and generator created ({@code null} for the defaults). */
    record Draft(AnnotatedCacheMethod method, MethodDetails<Annotation> details, ParameterLayout layout,
            CacheResolverFactory factory, CacheKeyGenerator generator, Duration lockTimeout) {

        String cacheName() {
            return details.getCacheName();
        }
    }

    List<Draft> draft(List<AnnotatedCacheMethod> methods) {
        List<Draft> drafts = new ArrayList<>();
        for (AnnotatedCacheMethod m : methods) {
            draft(m).ifPresent(drafts::add);
        }
        return drafts;
    }

    private Optional<Draft> draft(AnnotatedCacheMethod m) {
        Method method = m.method();
        Annotation annotation = m.annotation();
        CacheDefaults defaults = m.defaults();
        String where = " [class=" + method.getDeclaringClass().getName() + ", method=" + MethodNames.describe(method) + "]";
        String name = "@" + annotation.annotationType().getSimpleName();
        boolean ok = true;
        if (annotation instanceof CacheResult && method.getReturnType() == void.class) {
            problems.accept(new VoidMethodException("@CacheResult is not allowed on a method returning void: there is"
                    + " no result to cache. Remove the annotation or return the result" + where));
            ok = false;
        }
        if (annotation instanceof CachePut && ParameterLayout.valueParameters(method) != 1) {
            problems.accept(new InvalidCacheAnnotationException("@CachePut needs exactly one parameter annotated"
                    + " @CacheValue, the value to store; found " + ParameterLayout.valueParameters(method)
                    + ". Annotate the one parameter to cache" + where));
            ok = false;
        }
        Class<? extends CacheResolverFactory> factoryType = factoryType(annotation);
        if (factoryType == CacheResolverFactory.class && defaults != null) {
            factoryType = defaults.cacheResolverFactory();
        }
        CacheResolverFactory factory = null;
        if (factoryType != CacheResolverFactory.class) {
            try {
                factory = (CacheResolverFactory) instances.apply(factoryType);
            } catch (RuntimeException e) {
                problems.accept(new CacheResolverCreationException(name + " names CacheResolverFactory "
                        + factoryType.getName() + ", which cannot be created: " + e.getMessage() + ". Make it a CDI"
                        + " bean or give it a public no-argument constructor" + where, e));
                ok = false;
            }
        }
        CacheKeyGenerator generator = null;
        Class<? extends CacheKeyGenerator> generatorType = generatorType(annotation);
        if (generatorType == CacheKeyGenerator.class && defaults != null && !(annotation instanceof CacheRemoveAll)) {
            generatorType = defaults.cacheKeyGenerator();
        }
        if (generatorType != CacheKeyGenerator.class) {
            try {
                generator = (CacheKeyGenerator) instances.apply(generatorType);
            } catch (RuntimeException e) {
                problems.accept(new KeyGeneratorCreationException(name + " names CacheKeyGenerator "
                        + generatorType.getName() + ", which cannot be created: " + e.getMessage() + ". Make it a CDI"
                        + " bean or give it a public no-argument constructor" + where, e));
                ok = false;
            }
        }
        if (!ok) {
            return Optional.empty();
        }
        String cacheName = cacheName(annotation).trim();
        if (cacheName.isEmpty() && defaults != null) {
            cacheName = defaults.cacheName().trim();
        }
        if (cacheName.isEmpty()) {
            cacheName = defaultCacheName(method);
        }
        Optional<Duration> lockTimeout = lockTimeout(cacheName, where);
        // switched off by configuration: validated like the rest, but given no cache and no plan
        boolean enabled = new SettingsResolver(config).enabled(cacheName, MethodNames.describe(method), problems);
        if (lockTimeout.isEmpty() || !enabled) {
            return Optional.empty();
        }
        return Optional.of(new Draft(m, new MethodDetails<>(method, annotation, cacheName),
                ParameterLayout.of(method, annotation instanceof CachePut), factory, generator, lockTimeout.get()));
    }

    private Optional<Duration> lockTimeout(String cacheName, String where) {
        Optional<CachedInferenceConfig.Setting> setting = config.cacheSetting(cacheName, "lock-timeout");
        if (setting.isEmpty()) {
            return Optional.of(LOCK_TIMEOUT);
        }
        try {
            Duration timeout = Duration.parse(setting.get().value());
            if (!timeout.isNegative() && !timeout.isZero()) {
                return Optional.of(timeout);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        problems.accept(new InvalidSettingException(setting.get().describe() + " must be a positive ISO-8601"
                + " duration, such as PT10S" + where));
        return Optional.empty();
    }

    /**
     * The plans of the drafts. {@code caches} is {@code null} when no provider could be opened (then only
     * methods with their own factory get a plan); {@code inferenceCaches} are the {@code @CachedInference}
     * caches' names, which an annotation's cache may not share.
     */
    Map<Method, AnnotationPlan> build(List<Draft> drafts, DeploymentCaches caches, Set<String> inferenceCaches) {
        Map<String, AnnotationCache> shared = new HashMap<>();
        Map<String, Cache<Object, Object>> opened = new HashMap<>();
        DeploymentCacheResolverFactory defaults = caches == null ? null
                : new DeploymentCacheResolverFactory(n -> opened.computeIfAbsent(n, caches::annotationCache));
        boolean byValue = caches != null && caches.adapter().capabilities().storage() == Storage.BY_VALUE;
        Map<Method, AnnotationPlan> plans = new LinkedHashMap<>();
        for (Draft d : drafts) {
            Method method = d.method().method();
            String where = " [cache=" + d.cacheName() + ", method=" + MethodNames.describe(method) + "]";
            if (inferenceCaches.contains(d.cacheName())) {
                problems.accept(new ConflictingCachePolicyException("Cache '" + d.cacheName() + "' is named by a"
                        + " @CachedInference method and by a JSR-107 annotation, whose keys and values differ. Give"
                        + " them different cache names" + where));
                continue;
            }
            CacheResolverFactory factory = d.factory() != null ? d.factory() : defaults;
            if (factory == null) {
                continue;
            }
            Annotation annotation = d.method().annotation();
            CacheResolver resolver;
            CacheResolver exceptionResolver = null;
            try {
                resolver = require(factory.getCacheResolver(d.details()), "cache resolver");
                if (annotation instanceof CacheResult && !((CacheResult) annotation).exceptionCacheName().isBlank()) {
                    @SuppressWarnings("unchecked") // the details of a @CacheResult method
                    MethodDetails<CacheResult> details = (MethodDetails<CacheResult>) (MethodDetails<?>) d.details();
                    exceptionResolver = require(factory.getExceptionCacheResolver(details), "exception cache resolver");
                }
            } catch (RuntimeException e) {
                if (factory == defaults) {
                    problems.accept(new CacheCreationFailedException("Provider '" + caches.adapter().alias()
                            + "' could not give the cache of " + "@" + annotation.annotationType().getSimpleName() + ": "
                            + e + ". Check the provider's own configuration and logs" + where, e));
                } else {
                    problems.accept(new CacheResolverCreationException("CacheResolverFactory " + factory.getClass()
                            .getName() + " gave no resolver: " + e + ". Fix the factory" + where, e));
                }
                continue;
            }
            if (byValue && factory == defaults && annotation instanceof CacheResult
                    && !ResultTypes.maySerialize(method.getReturnType())) {
                problems.accept(new NonSerializableResultException("@CacheResult result type "
                        + method.getReturnType().getName() + " is not Serializable, but provider '"
                        + caches.adapter().alias() + "' stores values by value. Make the result Serializable, or"
                        + " choose a provider that stores by reference" + where));
                continue;
            }
            AnnotationCache cache = shared.computeIfAbsent(d.cacheName(), AnnotationCache::new);
            plans.put(method, plan(d, cache, resolver, exceptionResolver));
        }
        return plans;
    }

    private static AnnotationPlan plan(Draft d, AnnotationCache cache, CacheResolver resolver,
            CacheResolver exceptionResolver) {
        Method method = d.method().method();
        Annotation annotation = d.method().annotation();
        AnnotationPlan.Caches caches = PlanParts.caches(d.details(), d.layout(), resolver);
        AnnotationPlan.Keys keys = PlanParts.keys(d.details(), d.layout(), d.generator());
        if (annotation instanceof CacheResult) {
            CacheResult r = (CacheResult) annotation;
            return AnnotationPlan.result(method, cache, caches, keys, r.skipGet(),
                    exceptionResolver == null ? null : PlanParts.caches(d.details(), d.layout(), exceptionResolver),
                    new ExceptionRule(r.cachedExceptions(), r.nonCachedExceptions(), true), d.lockTimeout());
        }
        if (annotation instanceof CachePut) {
            CachePut p = (CachePut) annotation;
            return AnnotationPlan.put(method, cache, caches, keys, d.layout().valuePosition(), p.afterInvocation(),
                    new ExceptionRule(p.cacheFor(), p.noCacheFor(), false));
        }
        if (annotation instanceof CacheRemove) {
            CacheRemove r = (CacheRemove) annotation;
            return AnnotationPlan.remove(method, cache, caches, keys, r.afterInvocation(),
                    new ExceptionRule(r.evictFor(), r.noEvictFor(), false));
        }
        CacheRemoveAll r = (CacheRemoveAll) annotation;
        return AnnotationPlan.removeAll(method, cache, caches, r.afterInvocation(),
                new ExceptionRule(r.evictFor(), r.noEvictFor(), false));
    }

    /**
     * The spec's default cache name: the declaring class's name, the method's name and its declared parameter
     * types, as {@code com.acme.Blogs.entry(java.lang.String,int)}; never a proxy's class.
     */
    static String defaultCacheName(Method method) {
        StringJoiner params = new StringJoiner(",", method.getDeclaringClass().getName() + "." + method.getName() + "(",
                ")");
        for (Class<?> p : method.getParameterTypes()) {
            params.add(p.getName());
        }
        return params.toString();
    }

    private static <T> T require(T resolver, String what) {
        if (resolver == null) {
            throw new IllegalStateException("the factory returned no " + what);
        }
        return resolver;
    }

    private static String cacheName(Annotation a) {
        if (a instanceof CacheResult) {
            return ((CacheResult) a).cacheName();
        }
        if (a instanceof CachePut) {
            return ((CachePut) a).cacheName();
        }
        if (a instanceof CacheRemove) {
            return ((CacheRemove) a).cacheName();
        }
        return ((CacheRemoveAll) a).cacheName();
    }

    private static Class<? extends CacheResolverFactory> factoryType(Annotation a) {
        if (a instanceof CacheResult) {
            return ((CacheResult) a).cacheResolverFactory();
        }
        if (a instanceof CachePut) {
            return ((CachePut) a).cacheResolverFactory();
        }
        if (a instanceof CacheRemove) {
            return ((CacheRemove) a).cacheResolverFactory();
        }
        return ((CacheRemoveAll) a).cacheResolverFactory();
    }

    private static Class<? extends CacheKeyGenerator> generatorType(Annotation a) {
        if (a instanceof CacheResult) {
            return ((CacheResult) a).cacheKeyGenerator();
        }
        if (a instanceof CachePut) {
            return ((CachePut) a).cacheKeyGenerator();
        }
        if (a instanceof CacheRemove) {
            return ((CacheRemove) a).cacheKeyGenerator();
        }
        return CacheKeyGenerator.class;
    }

    /** Creates an instance through its public no-argument constructor, for a planner without CDI. */
    static Object construct(Class<?> type) {
        try {
            return type.getConstructor().newInstance();
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("it has no public no-argument constructor", e);
        } catch (ReflectiveOperationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalArgumentException("its constructor failed: " + cause, cause);
        }
    }

    private static String lockTimeoutDefault() {
        try {
            return (String) CachedInference.class.getMethod("lockTimeout").getDefaultValue();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
