package io.cachedinference.interceptor.internal.core;

import io.cachedinference.api.WaitInterruptedException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import javax.cache.Cache;
import javax.cache.annotation.GeneratedCacheKey;

/**
 * The calls of JSR-107 annotated methods, following the spec's annotation chapter branch by branch, with
 * this library's behaviour on top: a cache that fails (lookup, store, removal, key generator or resolver)
 * is counted and logged and the call goes on as if uncached (fail-open); equal concurrent misses of a
 * {@code @CacheResult} method run it once (single flight); {@code null} results are not cached.
 */
public final class AnnotationFlow {

    private AnnotationFlow() {
    }

    /** Runs one call of a planned method. */
    public static Object invoke(AnnotationPlan plan, AnnotationPlan.Call call) throws Exception {
        switch (plan.kind()) {
            case RESULT:
                return result(plan, call);
            case PUT:
                return put(plan, call);
            case REMOVE:
                return remove(plan, call, false);
            default:
                return remove(plan, call, true);
        }
    }

    /** The key and cache of a call; {@code null} after counting and logging a failure to derive them. */
    private record Target(GeneratedCacheKey key, Cache<Object, Object> cache) {
    }

    private static Target target(AnnotationPlan plan, AnnotationPlan.Call call) {
        try {
            GeneratedCacheKey key = plan.keys() == null ? null : plan.keys().keyFor(call);
            if (plan.keys() != null && key == null) {
                throw new IllegalStateException("the CacheKeyGenerator returned null");
            }
            Cache<Object, Object> cache = plan.caches().cacheFor(call);
            if (cache == null) {
                throw new IllegalStateException("the CacheResolver returned no cache");
            }
            return new Target(key, cache);
        } catch (RuntimeException e) {
            plan.shared().failed("key or cache resolution", plan.description(), e);
            return null;
        }
    }

    // @CacheResult: 1. a cached exception is rethrown; 2. a hit is returned; 3. a miss runs once per key
    // (single flight); 4. a non-null result is stored; 5. a selected exception goes to the exception cache.
    // skipGet skips 1 to 3: the method always runs, and its result is stored.
    private static Object result(AnnotationPlan plan, AnnotationPlan.Call call) throws Exception {
        Target target = target(plan, call);
        if (target == null) {
            return call.proceed();
        }
        AnnotationCache shared = plan.shared();
        if (plan.skipGet()) {
            return runAndStore(plan, call, target, null);
        }
        rethrowCachedException(plan, call, target.key());
        long start = System.nanoTime();
        Object cached = lookup(plan, target.cache(), target.key());
        if (cached != null) {
            shared.counters().recordHit(System.nanoTime() - start);
            return cached;
        }
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> leader = shared.singleFlight().join(target.key(), mine);
        if (leader != null) {
            return follow(plan, call, leader);
        }
        try {
            // a leader that finished between our lookup and our join has stored its result by now
            cached = lookup(plan, target.cache(), target.key());
            if (cached != null) {
                mine.complete(cached);
                shared.counters().recordHit(System.nanoTime() - start);
                return cached;
            }
            return runAndStore(plan, call, target, mine);
        } finally {
            shared.singleFlight().leave(target.key(), mine);
        }
    }

    private static Object runAndStore(AnnotationPlan plan, AnnotationPlan.Call call, Target target,
            CompletableFuture<Object> mine) throws Exception {
        CacheCounters counters = plan.shared().counters();
        long start = System.nanoTime();
        Object result;
        try {
            result = call.proceed();
        } catch (Throwable t) {
            counters.recordMiss(System.nanoTime() - start);
            storeException(plan, call, target.key(), t);
            if (mine != null) {
                mine.completeExceptionally(t);
            }
            throw t;
        }
        counters.recordMiss(System.nanoTime() - start);
        if (result != null) {
            put(plan, target.cache(), target.key(), result);
        }
        if (mine != null) {
            mine.complete(result);
        }
        return result;
    }

    private static Object follow(AnnotationPlan plan, AnnotationPlan.Call call, CompletableFuture<Object> leader)
            throws Exception {
        CacheCounters counters = plan.shared().counters();
        Object shared;
        try {
            shared = Waiting.await(plan.shared().singleFlight(), plan.description(), plan.shared().name(), leader,
                    plan.lockTimeout().toNanos());
        } catch (TimeoutException e) {
            counters.recordLockTimeout();
            return call.proceed();
        } catch (WaitInterruptedException e) {
            throw e;
        } catch (Exception | Error e) {
            counters.recordCoalesced();
            throw e;
        }
        counters.recordCoalesced();
        return shared;
    }

    private static void rethrowCachedException(AnnotationPlan plan, AnnotationPlan.Call call, GeneratedCacheKey key)
            throws Exception {
        if (plan.exceptionCaches() == null) {
            return;
        }
        Object cached;
        try {
            Cache<Object, Object> exceptions = plan.exceptionCaches().cacheFor(call);
            cached = exceptions == null ? null : exceptions.get(key);
        } catch (RuntimeException e) {
            plan.shared().failed("exception cache lookup", plan.description(), e);
            return;
        }
        if (cached instanceof Throwable) {
            throw Waiting.rethrowable((Throwable) cached);
        }
    }

    private static void storeException(AnnotationPlan plan, AnnotationPlan.Call call, GeneratedCacheKey key,
            Throwable t) {
        if (plan.exceptionCaches() == null || !plan.exceptions().selects(t)) {
            return;
        }
        try {
            plan.exceptionCaches().cacheFor(call).put(key, t);
        } catch (RuntimeException e) {
            plan.shared().failed("exception cache store", plan.description(), e);
        }
    }

    // @CachePut: the @CacheValue argument is stored before the call, or after it returns or throws an
    // exception that cacheFor/noCacheFor select; a null value removes the key, as JCache stores no null
    private static Object put(AnnotationPlan plan, AnnotationPlan.Call call) throws Exception {
        Target target = target(plan, call);
        if (target == null) {
            return call.proceed();
        }
        Object value = call.arguments()[plan.valuePosition()];
        return aroundCall(plan, call, () -> putOrRemove(plan, target, value));
    }

    // @CacheRemove and @CacheRemoveAll: before the call, or after it returns or throws an exception that
    // evictFor/noEvictFor select
    private static Object remove(AnnotationPlan plan, AnnotationPlan.Call call, boolean all) throws Exception {
        Target target = target(plan, call);
        if (target == null) {
            return call.proceed();
        }
        return aroundCall(plan, call, () -> evict(plan, target, all));
    }

    /** Runs the cache action before the call, or after it returns or throws an exception the plan selects. */
    private static Object aroundCall(AnnotationPlan plan, AnnotationPlan.Call call, Runnable action) throws Exception {
        if (!plan.afterInvocation()) {
            action.run();
            return call.proceed();
        }
        Object result;
        try {
            result = call.proceed();
        } catch (Throwable t) {
            if (plan.exceptions().selects(t)) {
                action.run();
            }
            throw t;
        }
        action.run();
        return result;
    }

    private static Object lookup(AnnotationPlan plan, Cache<Object, Object> cache, GeneratedCacheKey key) {
        try {
            return cache.get(key);
        } catch (RuntimeException e) {
            plan.shared().failed("lookup", plan.description(), e);
            return null;
        }
    }

    private static void put(AnnotationPlan plan, Cache<Object, Object> cache, GeneratedCacheKey key, Object value) {
        try {
            cache.put(key, value);
        } catch (RuntimeException e) {
            plan.shared().failed("store", plan.description(), e);
        }
    }

    private static void putOrRemove(AnnotationPlan plan, Target target, Object value) {
        if (value == null) {
            evict(plan, target, false);
        } else {
            put(plan, target.cache(), target.key(), value);
        }
    }

    private static void evict(AnnotationPlan plan, Target target, boolean all) {
        try {
            if (all) {
                target.cache().removeAll();
            } else {
                target.cache().remove(target.key());
            }
        } catch (RuntimeException e) {
            plan.shared().failed(all ? "removal of all entries" : "removal", plan.description(), e);
        }
    }
}
