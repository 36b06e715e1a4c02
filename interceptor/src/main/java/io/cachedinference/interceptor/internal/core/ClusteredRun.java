package io.cachedinference.interceptor.internal.core;

import io.cachedinference.api.InferenceKey;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The run of this JVM's leader for a key when model runs coalesce across the cluster ({@link ClusterFlight}):
 * it claims the run, or follows the node that did until that node's result is stored, its claim ends
 * without one (then it claims the run itself: a takeover), or the lock timeout passes (then it runs the
 * model itself, uncached). A failing claim operation never fails the call: the model runs here.
 */
final class ClusteredRun {

    private static final long FIRST_BACKOFF_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    private static final long MAX_BACKOFF_NANOS = TimeUnit.MILLISECONDS.toNanos(8);

    private ClusteredRun() {
    }

    static Object lead(MethodPlan plan, String namespace, InferenceKey key, CompletableFuture<Object> mine,
            CachingInvoker.Invocation call, long start) throws Exception {
        CacheAccess access = plan.access();
        ClusterFlight cluster = access.cluster();
        String claim = cluster.newClaim();
        String followed = null;
        long deadline = System.nanoTime() + plan.lockTimeout().toNanos();
        long backoff = FIRST_BACKOFF_NANOS;
        while (true) {
            boolean claimed;
            String owner;
            try {
                claimed = cluster.claim(key, claim);
                owner = claimed ? claim : cluster.current(key);
            } catch (RuntimeException e) {
                access.counters().recordMarkerError();
                access.failed("cluster claim", plan.description(), e);
                return SingleCallFlow.runAndStore(plan, namespace, key, mine, call);
            }
            if (claimed) {
                return runClaimed(plan, namespace, key, mine, call, claim, followed != null, start);
            }
            Object cached = access.lookup(key, plan.description());
            if (cached != null) {
                access.counters().recordClusterCoalesced();
                mine.complete(cached);
                return plan.copier().copy(cached);
            }
            if (owner != null && !owner.equals(followed)) {
                // a new leader: wait for it a full lock timeout
                followed = owner;
                deadline = System.nanoTime() + plan.lockTimeout().toNanos();
            }
            if (System.nanoTime() - deadline >= 0) {
                access.counters().recordLockTimeout();
                Object own = call.proceed();
                mine.complete(own == null ? null : plan.copier().copy(own));
                return own;
            }
            LockSupport.parkNanos(Math.min(backoff, Math.max(1, deadline - System.nanoTime())));
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
                throw new io.cachedinference.api.WaitInterruptedException("Interrupted while waiting for another"
                        + " node's model run of " + plan.description() + " [cache=" + plan.settings().cacheName() + "]",
                        new InterruptedException());
            }
            backoff = Math.min(backoff * 2, MAX_BACKOFF_NANOS);
        }
    }

    private static Object runClaimed(MethodPlan plan, String namespace, InferenceKey key, CompletableFuture<Object> mine,
            CachingInvoker.Invocation call, String claim, boolean followedAnother, long start) throws Exception {
        CacheAccess access = plan.access();
        ClusterFlight cluster = access.cluster();
        try {
            // the node we followed may have stored its result just before its claim ended
            Object cached = access.lookup(key, plan.description());
            if (cached != null) {
                if (followedAnother) {
                    access.counters().recordClusterCoalesced();
                } else {
                    access.counters().recordHit(System.nanoTime() - start);
                }
                mine.complete(cached);
                return plan.copier().copy(cached);
            }
            if (followedAnother) {
                access.counters().recordLeaseTakeover();
            }
            return SingleCallFlow.runAndStore(plan, namespace, key, mine, call);
        } finally {
            try {
                cluster.release(key, claim);
            } catch (RuntimeException e) {
                // the claim expires after its lease anyway
                access.counters().recordMarkerError();
                access.failed("cluster claim release", plan.description(), e);
            }
        }
    }
}
