package io.cachedinference.interceptor.internal.core;

import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.WaitInterruptedException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;

/**
 * One call of a batch method: every item is looked up by its own key (the single-item call's key),
 * the model runs once with only the missing items, in order and without duplicates, and the
 * answers are stored per item and merged back in order. Single flight applies per item, shared with the
 * cache's single-item methods: items that a concurrent call is already computing are awaited after this
 * call's own model run, so two overlapping batches never wait on each other.
 */
final class BatchFlow implements CallFlow {

    static final BatchFlow INSTANCE = new BatchFlow();

    private BatchFlow() {
    }

    @Override
    public Object invoke(MethodPlan plan, CachingInvoker.Invocation call) throws Exception {
        CacheAccess access = plan.access();
        BatchShape shape = plan.batch();
        Object[] arguments = call.arguments();
        List<?> items = shape.items(arguments);
        if (items == null) {
            return call.proceed();
        }
        long start = System.nanoTime();
        int n = items.size();
        String namespace = plan.keyRecipe().namespace();
        InferenceKey[] keys = new InferenceKey[n];
        try {
            for (int i = 0; i < n; i++) {
                keys[i] = plan.keyRecipe().keyFor(namespace, shape.withItem(arguments, items.get(i)));
            }
        } catch (RuntimeException e) {
            access.failed("key derivation", plan.description(), e);
            return call.proceed();
        }
        Object[] answers = new Object[n];
        Map<InferenceKey, List<Integer>> missing = new LinkedHashMap<>();
        int hits = 0;
        for (int i = 0; i < n; i++) {
            Object cached = access.lookup(keys[i], plan.description());
            if (cached != null) {
                answers[i] = shape.itemCopier().copy(cached);
                hits++;
            } else {
                missing.computeIfAbsent(keys[i], k -> new ArrayList<>()).add(i);
            }
        }
        long perHit = hits == 0 ? 0 : (System.nanoTime() - start) / n;
        for (int i = 0; i < hits; i++) {
            access.counters().recordHit(perHit);
        }
        if (missing.isEmpty()) {
            return shape.answer(answers);
        }
        Map<InferenceKey, CompletableFuture<Object>> led = new LinkedHashMap<>();
        Map<InferenceKey, CompletableFuture<Object>> awaited = new LinkedHashMap<>();
        for (InferenceKey key : missing.keySet()) {
            CompletableFuture<Object> mine = new CompletableFuture<>();
            CompletableFuture<Object> other = access.singleFlight().join(key, mine);
            if (other == null) {
                led.put(key, mine);
            } else {
                awaited.put(key, other);
            }
        }
        try {
            if (!led.isEmpty()) {
                run(plan, namespace, call, items, missing, led, answers);
            }
        } finally {
            led.forEach(access.singleFlight()::leave);
        }
        awaitOthers(plan, call, items, missing, awaited, answers);
        return shape.answer(answers);
    }

    private static void awaitOthers(MethodPlan plan, CachingInvoker.Invocation call, List<?> items,
            Map<InferenceKey, List<Integer>> missing, Map<InferenceKey, CompletableFuture<Object>> awaited,
            Object[] answers) throws Exception {
        CacheAccess access = plan.access();
        BatchShape shape = plan.batch();
        List<Object> late = new ArrayList<>();
        List<InferenceKey> lateKeys = new ArrayList<>();
        long deadline = System.nanoTime() + plan.lockTimeout().toNanos();
        for (Map.Entry<InferenceKey, CompletableFuture<Object>> e : awaited.entrySet()) {
            Object value;
            try {
                value = Waiting.await(plan, e.getValue(), deadline - System.nanoTime());
            } catch (TimeoutException timeout) {
                access.counters().recordLockTimeout();
                lateKeys.add(e.getKey());
                late.add(items.get(missing.get(e.getKey()).get(0)));
                continue;
            } catch (WaitInterruptedException interrupted) {
                throw interrupted;
            } catch (Exception | Error failure) {
                // the run this item waited on failed: the batch fails with its throwable, as a single call would
                access.counters().recordCoalesced();
                throw failure;
            }
            access.counters().recordCoalesced();
            for (int i : missing.get(e.getKey())) {
                answers[i] = shape.itemCopier().copy(value);
            }
        }
        if (!late.isEmpty()) {
            // the other call is slow: compute these items ourselves, uncached
            List<?> results = checked(plan, shape.results(call.proceedWith(shape.withItems(call.arguments(), late))),
                    late.size());
            for (int j = 0; j < lateKeys.size(); j++) {
                for (int i : missing.get(lateKeys.get(j))) {
                    answers[i] = shape.itemCopier().copy(results.get(j));
                }
            }
        }
    }

    private static void run(MethodPlan plan, String namespace, CachingInvoker.Invocation call, List<?> items,
            Map<InferenceKey, List<Integer>> missing, Map<InferenceKey, CompletableFuture<Object>> led,
            Object[] answers) throws Exception {
        CacheAccess access = plan.access();
        BatchShape shape = plan.batch();
        List<Object> batch = new ArrayList<>(led.size());
        for (InferenceKey key : led.keySet()) {
            batch.add(items.get(missing.get(key).get(0)));
        }
        StoreFence.Ticket ticket = access.ticket(namespace);
        long modelStart = System.nanoTime();
        List<?> results;
        try {
            results = checked(plan, shape.results(call.proceedWith(shape.withItems(call.arguments(), batch))),
                    batch.size());
        } catch (Throwable t) {
            recordMisses(access, batch.size(), System.nanoTime() - modelStart);
            led.values().forEach(f -> f.completeExceptionally(t));
            throw t;
        }
        recordMisses(access, batch.size(), System.nanoTime() - modelStart);
        int j = 0;
        for (Map.Entry<InferenceKey, CompletableFuture<Object>> e : led.entrySet()) {
            Object value = results.get(j++);
            Object stored = value == null ? null : shape.itemCopier().copy(value);
            if (stored != null) {
                access.store(ticket, plan.keyRecipe(), e.getKey(), stored, plan.description());
            }
            e.getValue().complete(stored);
            for (int i : missing.get(e.getKey())) {
                answers[i] = shape.itemCopier().copy(stored);
            }
        }
    }

    private static List<?> checked(MethodPlan plan, List<?> results, int expected) {
        if (results == null || results.size() != expected) {
            throw new IllegalStateException("Batch method " + plan.description() + " returned "
                    + (results == null ? "null" : results.size() + " results") + " for " + expected
                    + " items; a batch method must return one result per item, in order. Nothing was cached"
                    + " [cache=" + plan.settings().cacheName() + "]");
        }
        return results;
    }

    private static void recordMisses(CacheAccess access, int items, long nanos) {
        for (int i = 0; i < items; i++) {
            access.counters().recordMiss(nanos / items);
        }
    }
}
