package io.cachedinference.interceptor.internal.core;

import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.WaitInterruptedException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;

/** A call with one result, following the contract of {@link io.cachedinference.api.CachedInference} step by step. */
final class SingleCallFlow implements CallFlow {

    static final SingleCallFlow INSTANCE = new SingleCallFlow();

    private SingleCallFlow() {
    }

    @Override
    public Object invoke(MethodPlan plan, CachingInvoker.Invocation call) throws Exception {
        CacheAccess access = plan.access();
        // hits are timed on a sample: two clock reads are a tenth of a small hit's cost
        boolean timed = access.counters().sampleHit();
        long start = timed ? System.nanoTime() : 0L;
        // 2. key, in the namespace the call starts in; a generator failure is a cache failure
        String namespace = plan.keyRecipe().namespace();
        InferenceKey key;
        try {
            key = plan.keyRecipe().keyFor(namespace, call.arguments());
        } catch (RuntimeException e) {
            access.failed("key derivation", plan.description(), e);
            return call.proceed();
        }
        // 3. hit
        Object cached = access.lookup(key, plan.description());
        if (cached != null) {
            Object result = plan.copier().copy(cached);
            access.counters().recordHit(timed ? System.nanoTime() - start : -1);
            return result;
        }
        // 4. miss: single flight, so equal concurrent misses run the model once
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> leader = access.singleFlight().join(key, mine);
        if (leader != null) {
            return follow(plan, leader, call);
        }
        try {
            return lead(plan, namespace, key, mine, call, timed ? start : System.nanoTime());
        } finally {
            access.singleFlight().leave(key, mine);
        }
    }

    private static Object lead(MethodPlan plan, String namespace, InferenceKey key, CompletableFuture<Object> mine,
            CachingInvoker.Invocation call, long start) throws Exception {
        CacheAccess access = plan.access();
        // a leader that finished between our lookup and our join has stored its result by now
        Object cached = access.lookup(key, plan.description());
        if (cached != null) {
            mine.complete(cached);
            Object result = plan.copier().copy(cached);
            access.counters().recordHit(System.nanoTime() - start);
            return result;
        }
        if (access.cluster() != null) {
            return ClusteredRun.lead(plan, namespace, key, mine, call, start);
        }
        return runAndStore(plan, namespace, key, mine, call);
    }

    /** Runs the model, stores a copy of its result unless it is null or went stale, and hands it to the waiters. */
    static Object runAndStore(MethodPlan plan, String namespace, InferenceKey key, CompletableFuture<Object> mine,
            CachingInvoker.Invocation call) throws Exception {
        CacheAccess access = plan.access();
        StoreFence.Ticket ticket = access.ticket(namespace);
        long modelStart = System.nanoTime();
        Object result;
        try {
            result = call.proceed();
        } catch (Throwable t) {
            // 5. exceptions propagate uncached, to the waiters too
            access.counters().recordMiss(System.nanoTime() - modelStart);
            mine.completeExceptionally(t);
            throw t;
        }
        access.counters().recordMiss(System.nanoTime() - modelStart);
        // 6. null is not cached; 7. arrays are stored as copies; a result that spans an invalidation is not stored
        Object stored = result == null ? null : plan.copier().copy(result);
        if (stored != null) {
            access.store(ticket, plan.keyRecipe(), key, stored, plan.description());
        }
        mine.complete(stored);
        return result;
    }

    private static Object follow(MethodPlan plan, CompletableFuture<Object> leader, CachingInvoker.Invocation call)
            throws Exception {
        CacheAccess access = plan.access();
        Object shared;
        try {
            shared = Waiting.await(plan, leader, plan.localWait().toNanos());
        } catch (TimeoutException e) {
            // the leader is slow: run the model ourselves, without caching, rather than wait longer
            access.counters().recordLockTimeout();
            return call.proceed();
        } catch (WaitInterruptedException e) {
            throw e;
        } catch (Exception | Error e) {
            access.counters().recordCoalesced();
            throw e;
        }
        access.counters().recordCoalesced();
        return plan.copier().copy(shared);
    }
}
