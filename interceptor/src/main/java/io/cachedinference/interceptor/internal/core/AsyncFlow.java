package io.cachedinference.interceptor.internal.core;

import io.cachedinference.api.InferenceKey;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Calls of methods returning a {@link CompletionStage}: the completed value is cached, a failed stage is
 * not, and equal concurrent calls share one model run. No thread ever blocks:
 * <ul>
 *   <li>a waiter gets a stage that completes with the leader's outcome; if the leader's stage has not
 *       completed within {@code lockTimeout} of the waiter's call, the waiter runs the model itself, uncached
 *       (counted as a lock timeout), and its stage completes with that run's outcome;</li>
 *   <li>a leader's stage still pending after {@code asyncTimeout} is abandoned: the single flight forgets
 *       it (counted), so the key is free for a new run, and its late value is not stored; nothing of
 *       ours keeps a reference to it.</li>
 * </ul>
 * Timers run on the JDK's shared delay scheduler; a waiter's own run is started from the common pool with
 * the caller's context class loader.
 */
final class AsyncFlow implements CallFlow {

    static final AsyncFlow INSTANCE = new AsyncFlow();

    private AsyncFlow() {
    }

    @Override
    public Object invoke(MethodPlan plan, CachingInvoker.Invocation call) throws Exception {
        CacheAccess access = plan.access();
        long start = System.nanoTime();
        String namespace = plan.keyRecipe().namespace();
        InferenceKey key;
        try {
            key = plan.keyRecipe().keyFor(namespace, call.arguments());
        } catch (RuntimeException e) {
            access.failed("key derivation", plan.description(), e);
            return call.proceed();
        }
        Object cached = access.lookup(key, plan.description());
        if (cached != null) {
            return hit(plan, cached, start);
        }
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> leader = access.singleFlight().join(key, mine);
        if (leader != null) {
            return follow(plan, leader, call);
        }
        cached = access.lookup(key, plan.description());
        if (cached != null) {
            finish(access, key, mine, cached, null);
            return hit(plan, cached, start);
        }
        return lead(plan, namespace, key, mine, call);
    }

    private static Object lead(MethodPlan plan, String namespace, InferenceKey key, CompletableFuture<Object> mine,
            CachingInvoker.Invocation call) throws Exception {
        CacheAccess access = plan.access();
        StoreFence.Ticket ticket = access.ticket(namespace);
        long modelStart = System.nanoTime();
        CompletionStage<?> stage;
        try {
            stage = (CompletionStage<?>) call.proceed();
        } catch (Throwable t) {
            access.counters().recordMiss(System.nanoTime() - modelStart);
            finish(access, key, mine, null, t);
            throw t;
        }
        if (stage == null) {
            access.counters().recordMiss(System.nanoTime() - modelStart);
            finish(access, key, mine, null, null);
            return null;
        }
        // whichever comes first: the stage's outcome, or abandonment after the async timeout
        AtomicBoolean settled = new AtomicBoolean();
        stage.whenComplete((value, failure) -> {
            if (!settled.compareAndSet(false, true)) {
                return;
            }
            access.counters().recordMiss(System.nanoTime() - modelStart);
            if (failure != null) {
                finish(access, key, mine, null, unwrap(failure));
                return;
            }
            Object stored = value == null ? null : plan.copier().copy(value);
            if (stored != null) {
                access.store(ticket, plan.keyRecipe(), key, stored, plan.description());
            }
            finish(access, key, mine, stored, null);
        });
        if (!settled.get()) {
            after(plan.asyncTimeout().toNanos(), Direct.INSTANCE, () -> {
                if (settled.compareAndSet(false, true)) {
                    access.counters().recordAbandonedRun();
                    // the key is free again; waiters still waiting run the model themselves at their lock timeout
                    access.singleFlight().leave(key, mine);
                }
            });
        }
        return stage;
    }

    private static Object follow(MethodPlan plan, CompletableFuture<Object> leader, CachingInvoker.Invocation call) {
        CacheAccess access = plan.access();
        CompletableFuture<Object> result = new CompletableFuture<>();
        AtomicBoolean decided = new AtomicBoolean();
        access.singleFlight().waiterArrived();
        leader.whenComplete((value, failure) -> {
            if (!decided.compareAndSet(false, true)) {
                return;
            }
            access.singleFlight().waiterLeft();
            access.counters().recordCoalesced();
            if (failure != null) {
                result.completeExceptionally(unwrap(failure));
            } else {
                result.complete(plan.copier().copy(value));
            }
        });
        if (!decided.get()) {
            ClassLoader caller = Thread.currentThread().getContextClassLoader();
            after(plan.lockTimeout().toNanos(), null, () -> {
                if (!decided.compareAndSet(false, true)) {
                    return;
                }
                access.singleFlight().waiterLeft();
                access.counters().recordLockTimeout();
                runOwn(call, caller, result);
            });
        }
        return result;
    }

    // the waiter's own run, uncached: its outcome completes the waiter's stage
    private static void runOwn(CachingInvoker.Invocation call, ClassLoader caller, CompletableFuture<Object> result) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(caller);
        try {
            CompletionStage<?> own = (CompletionStage<?>) call.proceed();
            if (own == null) {
                result.complete(null);
            } else {
                own.whenComplete((v, t) -> {
                    if (t != null) {
                        result.completeExceptionally(unwrap(t));
                    } else {
                        result.complete(v);
                    }
                });
            }
        } catch (Throwable t) {
            result.completeExceptionally(t);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private static Object hit(MethodPlan plan, Object cached, long start) {
        CompletableFuture<Object> result = CompletableFuture.completedFuture(plan.copier().copy(cached));
        plan.access().counters().recordHit(System.nanoTime() - start);
        return result;
    }

    // completes the waiters' stage, then lets the next caller look the cache up again
    private static void finish(CacheAccess access, InferenceKey key, CompletableFuture<Object> mine, Object value,
            Throwable failure) {
        if (failure != null) {
            mine.completeExceptionally(failure);
        } else {
            mine.complete(value);
        }
        access.singleFlight().leave(key, mine);
    }

    // runs the task after the delay: on the given executor, or on the common pool when null
    private static void after(long nanos, Executor executor, Runnable task) {
        Executor delayed = executor == null ? CompletableFuture.delayedExecutor(nanos, TimeUnit.NANOSECONDS)
                : CompletableFuture.delayedExecutor(nanos, TimeUnit.NANOSECONDS, executor);
        delayed.execute(task);
    }

    private static Throwable unwrap(Throwable t) {
        return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    }

    /** Runs a short bookkeeping task on the delay scheduler's own thread, which it never blocks. */
    private enum Direct implements Executor {
        INSTANCE;

        @Override
        public void execute(Runnable command) {
            command.run();
        }
    }
}
