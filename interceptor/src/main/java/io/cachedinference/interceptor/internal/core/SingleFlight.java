package io.cachedinference.interceptor.internal.core;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The model runs in flight for one cache, by key, so concurrent callers with equal keys run the
 * model once: the first caller leads, the others wait for its outcome. One per cache, shared by every
 * method that names it, batch and single-item alike. Keys are {@code InferenceKey}s, or the
 * {@code GeneratedCacheKey}s of the JSR-107 annotations.
 */
public final class SingleFlight {

    private final ConcurrentHashMap<Object, CompletableFuture<Object>> running = new ConcurrentHashMap<>();
    private final AtomicInteger waiting = new AtomicInteger();

    /** Registers {@code mine} as the run for the key, or returns the run already registered. */
    CompletableFuture<Object> join(Object key, CompletableFuture<Object> mine) {
        return running.putIfAbsent(key, mine);
    }

    /** Ends the leader's run; later callers look the cache up again. */
    void leave(Object key, CompletableFuture<Object> mine) {
        running.remove(key, mine);
    }

    void waiterArrived() {
        waiting.incrementAndGet();
    }

    void waiterLeft() {
        waiting.decrementAndGet();
    }

    /** Callers currently waiting for another caller's model run. */
    public int waiting() {
        return waiting.get();
    }
}
