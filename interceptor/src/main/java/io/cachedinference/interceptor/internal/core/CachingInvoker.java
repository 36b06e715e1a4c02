package io.cachedinference.interceptor.internal.core;

import io.cachedinference.api.InferenceKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The plain core behind the interceptor: one call of a planned method, following the contract of
 * {@link io.cachedinference.api.CachedInference} branch by branch. Unit-testable without a container.
 */
public final class CachingInvoker {

    /** The intercepted method's own invocation. */
    @FunctionalInterface
    public interface Proceed {
        Object proceed() throws Exception;
    }

    private final Map<String, FailureLog> failureLogs = new ConcurrentHashMap<>();

    /** Answers a call from the cache, or runs it and stores the result. */
    public Object invoke(MethodPlan plan, Object[] arguments, Proceed proceed) throws Exception {
        long start = System.nanoTime();
        // 2. key; a generator failure is a cache failure: the call is served uncached
        InferenceKey key;
        try {
            key = plan.keyRecipe().keyFor(arguments);
        } catch (RuntimeException e) {
            failed(plan, "key derivation", e);
            return proceed.proceed();
        }
        // 3. hit
        Object cached = lookup(plan, key);
        if (cached != null) {
            Object result = plan.copier().copy(cached);
            plan.counters().recordHit(System.nanoTime() - start);
            return result;
        }
        // 4. miss; 5. exceptions propagate uncached
        long modelStart = System.nanoTime();
        Object result;
        try {
            result = proceed.proceed();
        } finally {
            plan.counters().recordMiss(System.nanoTime() - modelStart);
        }
        // 6. null is not cached; 7. arrays are stored as copies
        if (result != null) {
            store(plan, key, plan.copier().copy(result));
        }
        return result;
    }

    private Object lookup(MethodPlan plan, InferenceKey key) {
        try {
            return plan.cache().get(key);
        } catch (RuntimeException e) {
            failed(plan, "lookup", e);
            return null;
        }
    }

    private void store(MethodPlan plan, InferenceKey key, Object value) {
        try {
            plan.cache().put(key, value);
        } catch (RuntimeException e) {
            failed(plan, "store", e);
        }
    }

    // 8. cache failures are counted and logged, never thrown
    private void failed(MethodPlan plan, String operation, RuntimeException e) {
        plan.counters().recordError();
        failureLogs.computeIfAbsent(plan.settings().cacheName(), FailureLog::new)
                .failed(operation, plan.description(), e);
    }
}
