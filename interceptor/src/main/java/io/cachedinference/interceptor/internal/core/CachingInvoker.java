package io.cachedinference.interceptor.internal.core;

import io.cachedinference.api.InferenceKey;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The plain core behind the interceptor: one call of a planned method, following the contract of
 * {@link io.cachedinference.api.CachedInference} branch by branch. Unit-testable without a container.
 */
public final class CachingInvoker {

    /** The intercepted call: its arguments, and the method's own invocation. */
    public interface Invocation {
        /** The call's arguments. */
        Object[] arguments();

        /** Runs the method with the call's arguments. */
        Object proceed() throws Exception;

        /** Runs the method with other arguments (a batch method with only its missing items). */
        Object proceedWith(Object[] arguments) throws Exception;
    }

    /** The part of an invocation the single-call flows need. */
    @FunctionalInterface
    interface Proceed {
        Object proceed() throws Exception;
    }

    private final Map<String, FailureLog> failureLogs = new ConcurrentHashMap<>();

    /** Answers a call from the cache, or runs it and stores the result. */
    public Object invoke(MethodPlan plan, Invocation call) throws Exception {
        if (plan.batch() != null) {
            return BatchFlow.invoke(this, plan, call);
        }
        Object[] arguments = call.arguments();
        Proceed proceed = call::proceed;
        // hits are timed on a sample: two clock reads are a tenth of a small hit's cost
        boolean timed = plan.async() || plan.counters().sampleHit();
        long start = timed ? System.nanoTime() : 0L;
        // 2. key; a generator failure is a cache failure: the call is served uncached
        InferenceKey key;
        try {
            key = plan.keyRecipe().keyFor(arguments);
        } catch (RuntimeException e) {
            failed(plan, "key derivation", e);
            return proceed.proceed();
        }
        if (plan.async()) {
            return AsyncFlow.invoke(this, plan, key, start, proceed);
        }
        // 3. hit
        Object cached = lookup(plan, key);
        if (cached != null) {
            Object result = plan.copier().copy(cached);
            plan.counters().recordHit(timed ? System.nanoTime() - start : -1);
            return result;
        }
        // 4. miss: single flight, so equal concurrent misses run the model once
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> leader = plan.singleFlight().join(key, mine);
        if (leader != null) {
            return await(plan, leader, proceed);
        }
        try {
            return lead(plan, key, mine, proceed, timed ? start : System.nanoTime());
        } finally {
            plan.singleFlight().leave(key, mine);
        }
    }

    private Object lead(MethodPlan plan, InferenceKey key, CompletableFuture<Object> mine, Proceed proceed, long start)
            throws Exception {
        // a leader that finished between our lookup and our join has stored its result by now
        Object cached = lookup(plan, key);
        if (cached != null) {
            mine.complete(cached);
            Object result = plan.copier().copy(cached);
            plan.counters().recordHit(System.nanoTime() - start);
            return result;
        }
        long modelStart = System.nanoTime();
        Object result;
        try {
            result = proceed.proceed();
        } catch (Throwable t) {
            // 5. exceptions propagate uncached, to the waiters too
            plan.counters().recordMiss(System.nanoTime() - modelStart);
            mine.completeExceptionally(t);
            throw t;
        }
        plan.counters().recordMiss(System.nanoTime() - modelStart);
        // 6. null is not cached; 7. arrays are stored as copies
        Object stored = result == null ? null : plan.copier().copy(result);
        if (stored != null) {
            store(plan, key, stored);
        }
        mine.complete(stored);
        return result;
    }

    private Object await(MethodPlan plan, CompletableFuture<Object> leader, Proceed proceed) throws Exception {
        plan.singleFlight().waiterArrived();
        Object shared;
        try {
            shared = leader.get(plan.lockTimeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            plan.counters().recordCoalesced();
            throw rethrowable(e.getCause());
        } catch (TimeoutException e) {
            // the leader is slow: run the model ourselves, without caching, rather than wait longer
            plan.counters().recordLockTimeout();
            return proceed.proceed();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw e;
        } finally {
            plan.singleFlight().waiterLeft();
        }
        plan.counters().recordCoalesced();
        return plan.copier().copy(shared);
    }

    private static Exception rethrowable(Throwable cause) {
        if (cause instanceof Error) {
            throw (Error) cause;
        }
        return (Exception) cause;
    }

    Object lookup(MethodPlan plan, InferenceKey key) {
        try {
            return plan.codec().decode(plan.cache().get(key));
        } catch (RuntimeException e) {
            failed(plan, "lookup", e);
            return null;
        }
    }

    void store(MethodPlan plan, InferenceKey key, Object value) {
        try {
            plan.cache().put(key, plan.codec().encode(value));
        } catch (RuntimeException e) {
            failed(plan, "store", e);
        }
    }

    // 8. cache failures are counted and logged, never thrown
    void failed(MethodPlan plan, String operation, RuntimeException e) {
        plan.counters().recordError();
        failureLogs.computeIfAbsent(plan.settings().cacheName(), FailureLog::new)
                .failed(operation, plan.description(), e);
    }
}
