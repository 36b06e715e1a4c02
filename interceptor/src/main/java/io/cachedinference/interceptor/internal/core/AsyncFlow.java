package io.cachedinference.interceptor.internal.core;

import io.cachedinference.api.InferenceKey;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * Calls of methods returning a {@link CompletionStage}: the completed value is cached, a failed
 * stage is not, and equal concurrent calls share one model run. Waiters are never blocked: they get
 * a stage that completes with the leader's outcome (the lock timeout does not apply).
 */
final class AsyncFlow {

    private AsyncFlow() {
    }

    static Object invoke(CachingInvoker invoker, MethodPlan plan, InferenceKey key, long start,
            CachingInvoker.Proceed proceed) throws Exception {
        Object cached = invoker.lookup(plan, key);
        if (cached != null) {
            return hit(plan, cached, start);
        }
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> leader = plan.singleFlight().join(key, mine);
        if (leader != null) {
            plan.counters().recordCoalesced();
            return leader.thenApply(plan.copier()::copy);
        }
        cached = invoker.lookup(plan, key);
        if (cached != null) {
            finish(plan, key, mine, cached, null);
            return hit(plan, cached, start);
        }
        long modelStart = System.nanoTime();
        CompletionStage<?> stage;
        try {
            stage = (CompletionStage<?>) proceed.proceed();
        } catch (Throwable t) {
            plan.counters().recordMiss(System.nanoTime() - modelStart);
            finish(plan, key, mine, null, t);
            throw t;
        }
        if (stage == null) {
            plan.counters().recordMiss(System.nanoTime() - modelStart);
            finish(plan, key, mine, null, null);
            return null;
        }
        stage.whenComplete((value, failure) -> {
            plan.counters().recordMiss(System.nanoTime() - modelStart);
            if (failure != null) {
                finish(plan, key, mine, null, unwrap(failure));
                return;
            }
            Object stored = value == null ? null : plan.copier().copy(value);
            if (stored != null) {
                invoker.store(plan, key, stored);
            }
            finish(plan, key, mine, stored, null);
        });
        return stage;
    }

    private static Object hit(MethodPlan plan, Object cached, long start) {
        CompletableFuture<Object> result = CompletableFuture.completedFuture(plan.copier().copy(cached));
        plan.counters().recordHit(System.nanoTime() - start);
        return result;
    }

    // completes the waiters' stage, then lets the next caller look the cache up again
    private static void finish(MethodPlan plan, InferenceKey key, CompletableFuture<Object> mine, Object value,
            Throwable failure) {
        if (failure != null) {
            mine.completeExceptionally(failure);
        } else {
            mine.complete(value);
        }
        plan.singleFlight().leave(key, mine);
    }

    private static Throwable unwrap(Throwable t) {
        return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    }
}
