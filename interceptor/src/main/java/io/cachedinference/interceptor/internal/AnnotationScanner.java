package io.cachedinference.interceptor.internal;

import io.cachedinference.api.CachedInference;
import io.cachedinference.interceptor.internal.core.MethodNames;
import io.cachedinference.interceptor.internal.jsr107.AnnotatedCacheMethod;
import io.cachedinference.interceptor.internal.validation.InvalidCacheAnnotationException;
import io.cachedinference.interceptor.internal.validation.UninterceptableMethodException;
import jakarta.enterprise.inject.spi.AnnotatedMethod;
import jakarta.enterprise.inject.spi.AnnotatedType;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.cache.annotation.CacheDefaults;
import javax.cache.annotation.CachePut;
import javax.cache.annotation.CacheRemove;
import javax.cache.annotation.CacheRemoveAll;
import javax.cache.annotation.CacheResult;

/**
 * Finds a bean's methods with JSR-107 cache annotations: those annotated themselves, and, when the class is
 * annotated, every business method the annotation can apply to. A method annotated itself must carry one
 * cache annotation only, no {@code @CachedInference} besides, and be interceptable; each violation is reported.
 */
final class AnnotationScanner {

    /** The cache annotations, each with its own interceptor. */
    static final List<Class<? extends Annotation>> CACHE_ANNOTATIONS = List.of(CacheResult.class, CachePut.class,
            CacheRemove.class, CacheRemoveAll.class);

    private AnnotationScanner() {
    }

    static void scan(AnnotatedType<?> type, List<AnnotatedCacheMethod> found, Consumer<RuntimeException> problems) {
        CacheDefaults defaults = type.getAnnotation(CacheDefaults.class);
        List<Annotation> onType = cacheAnnotations(type.getAnnotations());
        if (onType.size() > 1) {
            problems.accept(new InvalidCacheAnnotationException("A class may carry one JSR-107 cache annotation,"
                    + " found " + names(onType) + ". Keep one, and annotate the methods that need another"
                    + " [class=" + type.getJavaClass().getName() + "]"));
            return;
        }
        for (AnnotatedMethod<?> annotated : type.getMethods()) {
            Method method = annotated.getJavaMember();
            if (method.getDeclaringClass() == Object.class || method.isSynthetic() || method.isBridge()) {
                continue;
            }
            List<Annotation> own = cacheAnnotations(annotated.getAnnotations());
            if (own.isEmpty()) {
                // a method's own @CachedInference wins over the class's cache annotation
                if (!onType.isEmpty() && !annotated.isAnnotationPresent(CachedInference.class)
                        && appliesByType(onType.get(0), method)) {
                    found.add(new AnnotatedCacheMethod(method, onType.get(0), defaults));
                }
            } else if (check(method, own, annotated.isAnnotationPresent(CachedInference.class)
                    || type.isAnnotationPresent(CachedInference.class) && method.getReturnType() != void.class,
                    problems)) {
                found.add(new AnnotatedCacheMethod(method, own.get(0), defaults));
            }
        }
    }

    private static List<Annotation> cacheAnnotations(java.util.Set<Annotation> annotations) {
        List<Annotation> found = new ArrayList<>();
        for (Annotation a : annotations) {
            if (CACHE_ANNOTATIONS.contains(a.annotationType())) {
                found.add(a);
            }
        }
        return found;
    }

    // a class's annotation reaches the methods it can apply to: those returning a value for @CacheResult,
    // those with one @CacheValue for @CachePut
    private static boolean appliesByType(Annotation annotation, Method method) {
        int m = method.getModifiers();
        if (Modifier.isStatic(m) || Modifier.isPrivate(m) || Modifier.isFinal(m)) {
            return false;
        }
        if (annotation instanceof CacheResult) {
            return method.getReturnType() != void.class;
        }
        if (annotation instanceof CachePut) {
            return io.cachedinference.interceptor.internal.jsr107.ParameterLayout.valueParameters(method) == 1;
        }
        return true;
    }

    private static boolean check(Method method, List<Annotation> own, boolean cachedInference,
            Consumer<RuntimeException> problems) {
        String where = " [class=" + method.getDeclaringClass().getName() + ", method=" + MethodNames.describe(method) + "]";
        boolean ok = true;
        if (own.size() > 1) {
            problems.accept(new InvalidCacheAnnotationException("A method may carry one JSR-107 cache annotation,"
                    + " found " + names(own) + ". Keep one, or split the method" + where));
            ok = false;
        }
        if (cachedInference) {
            problems.accept(new InvalidCacheAnnotationException("@CachedInference (on the method or its class) and "
                    + names(own) + " on one method would cache its result twice. Keep one of them" + where));
            ok = false;
        }
        int m = method.getModifiers();
        String modifier = Modifier.isPrivate(m) ? "private" : Modifier.isStatic(m) ? "static" : Modifier.isFinal(m) ? "final" : null;
        if (modifier != null) {
            problems.accept(new UninterceptableMethodException(names(own) + " is not allowed on a " + modifier
                    + " method: CDI interceptors never see its calls. Make it a non-final, non-static method"
                    + " that is not private" + where));
            ok = false;
        }
        return ok;
    }

    private static String names(List<Annotation> annotations) {
        return annotations.stream().map(a -> "@" + a.annotationType().getSimpleName()).collect(Collectors.joining(", "));
    }
}
