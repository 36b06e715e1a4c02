package io.cachedinference.interceptor.internal.core;

import java.lang.reflect.Method;
import java.time.Duration;
import javax.cache.Cache;
import javax.cache.annotation.GeneratedCacheKey;

/**
 * Everything a call of a method with a JSR-107 cache annotation needs, computed once at deployment: which
 * annotation it follows, its cache (through the method's {@code CacheResolver}), its key (through the
 * method's {@code CacheKeyGenerator}), and the annotation's members. {@link AnnotationFlow} follows it.
 */
public final class AnnotationPlan {

    /** The annotation a method follows. */
    public enum Kind { RESULT, PUT, REMOVE, REMOVE_ALL }

    /** The intercepted call, with the bean instance it was made on. */
    public interface Call extends CachingInvoker.Invocation {
        /** The bean instance the method is called on. */
        Object target();
    }

    /** Derives a call's key through the method's {@code CacheKeyGenerator}. */
    @FunctionalInterface
    public interface Keys {
        GeneratedCacheKey keyFor(Call call);
    }

    /** Resolves a call's cache through the method's {@code CacheResolver}. */
    @FunctionalInterface
    public interface Caches {
        Cache<Object, Object> cacheFor(Call call);
    }

    private final Kind kind;
    private final Method method;
    private final String description;
    private final AnnotationCache shared;
    private final Caches caches;
    private final Keys keys;
    private final Caches exceptionCaches;
    private final int valuePosition;
    private final boolean afterInvocation;
    private final boolean skipGet;
    private final ExceptionRule exceptions;
    private final Duration lockTimeout;

    private AnnotationPlan(Kind kind, Method method, AnnotationCache shared, Caches caches, Keys keys,
            Caches exceptionCaches, int valuePosition, boolean afterInvocation, boolean skipGet,
            ExceptionRule exceptions, Duration lockTimeout) {
        this.kind = kind;
        this.method = method;
        this.description = MethodNames.describe(method);
        this.shared = shared;
        this.caches = caches;
        this.keys = keys;
        this.exceptionCaches = exceptionCaches;
        this.valuePosition = valuePosition;
        this.afterInvocation = afterInvocation;
        this.skipGet = skipGet;
        this.exceptions = exceptions;
        this.lockTimeout = lockTimeout;
    }

    /**
     * A {@code @CacheResult} method.
     *
     * @param exceptionCaches the exception cache's resolver, or {@code null} without {@code exceptionCacheName}
     * @param exceptions      the exceptions to store in the exception cache
     * @param lockTimeout     how long an equal concurrent miss waits for the first one's run
     */
    public static AnnotationPlan result(Method method, AnnotationCache shared, Caches caches, Keys keys,
            boolean skipGet, Caches exceptionCaches, ExceptionRule exceptions, Duration lockTimeout) {
        return new AnnotationPlan(Kind.RESULT, method, shared, caches, keys, exceptionCaches, -1, true, skipGet,
                exceptions, lockTimeout);
    }

    /** A {@code @CachePut} method, whose {@code @CacheValue} is the argument at {@code valuePosition}. */
    public static AnnotationPlan put(Method method, AnnotationCache shared, Caches caches, Keys keys,
            int valuePosition, boolean afterInvocation, ExceptionRule cacheFor) {
        return new AnnotationPlan(Kind.PUT, method, shared, caches, keys, null, valuePosition, afterInvocation,
                false, cacheFor, Duration.ZERO);
    }

    /** A {@code @CacheRemove} method. */
    public static AnnotationPlan remove(Method method, AnnotationCache shared, Caches caches, Keys keys,
            boolean afterInvocation, ExceptionRule evictFor) {
        return new AnnotationPlan(Kind.REMOVE, method, shared, caches, keys, null, -1, afterInvocation, false,
                evictFor, Duration.ZERO);
    }

    /** A {@code @CacheRemoveAll} method. */
    public static AnnotationPlan removeAll(Method method, AnnotationCache shared, Caches caches,
            boolean afterInvocation, ExceptionRule evictFor) {
        return new AnnotationPlan(Kind.REMOVE_ALL, method, shared, caches, null, null, -1, afterInvocation, false,
                evictFor, Duration.ZERO);
    }

    public Kind kind() {
        return kind;
    }

    public Method method() {
        return method;
    }

    /** The method as {@code com.acme.Blogs#entry(java.lang.String)}, for messages. */
    public String description() {
        return description;
    }

    /** The cache name's shared state. */
    public AnnotationCache shared() {
        return shared;
    }

    Caches caches() {
        return caches;
    }

    Keys keys() {
        return keys;
    }

    Caches exceptionCaches() {
        return exceptionCaches;
    }

    int valuePosition() {
        return valuePosition;
    }

    boolean afterInvocation() {
        return afterInvocation;
    }

    boolean skipGet() {
        return skipGet;
    }

    ExceptionRule exceptions() {
        return exceptions;
    }

    Duration lockTimeout() {
        return lockTimeout;
    }
}
