package io.cachedinference.interceptor.internal.jsr107;

import io.cachedinference.interceptor.internal.core.AnnotationPlan;
import java.lang.annotation.Annotation;
import javax.cache.Cache;
import javax.cache.annotation.CacheKeyGenerator;
import javax.cache.annotation.CacheResolver;

/**
 * How a plan asks a method's key generator and cache resolver: directly from the arguments for the
 * defaults, through a {@link javax.cache.annotation.CacheKeyInvocationContext} built per call for an
 * application's own.
 */
public final class PlanParts {

    private PlanParts() {
    }

    /** The keys of a method; {@code generator} {@code null} means the default generator. */
    public static <A extends Annotation> AnnotationPlan.Keys keys(MethodDetails<A> details, ParameterLayout layout,
            CacheKeyGenerator generator) {
        if (generator == null || generator instanceof DefaultKeyGenerator) {
            return call -> new DefaultGeneratedCacheKey(layout.keyArguments(call.arguments()));
        }
        return call -> generator.generateCacheKey(new KeyInvocationContext<>(details, layout, call));
    }

    /** The caches of a method through its resolver. */
    public static <A extends Annotation> AnnotationPlan.Caches caches(MethodDetails<A> details, ParameterLayout layout,
            CacheResolver resolver) {
        if (resolver instanceof FixedCacheResolver) {
            Cache<Object, Object> cache = ((FixedCacheResolver) resolver).cache();
            return call -> cache;
        }
        return call -> resolver.resolveCache(new KeyInvocationContext<>(details, layout, call));
    }
}
