package io.cachedinference.tck.beans;

import io.cachedinference.api.CachedInference;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A model whose answers name the weights it runs, so a test can tell an old version's answer. */
@ApplicationScoped
public class VersionedModel {

    private final AtomicInteger runs = new AtomicInteger();
    private volatile String weights = "1";

    /** The number of model runs. */
    public int runs() {
        return runs.get();
    }

    /** Loads other weights, as a rollout would. */
    public void load(String weights) {
        this.weights = weights;
    }

    @CachedInference(cacheName = "tck-versioned", model = "ranker", modelVersion = "1")
    public String rank(String query) {
        runs.incrementAndGet();
        return "weights-" + weights + ":" + query;
    }

    private final AtomicInteger slowRuns = new AtomicInteger();
    private volatile CountDownLatch gate = new CountDownLatch(0);
    private volatile CountDownLatch entered = new CountDownLatch(1);
    private volatile CompletableFuture<Void> release = CompletableFuture.completedFuture(null);

    /** Holds the next runs of {@link #rankSlowly} and {@link #rankLater} until {@link #open()}. */
    public void close() {
        gate = new CountDownLatch(1);
        entered = new CountDownLatch(1);
        release = new CompletableFuture<>();
    }

    /** Lets held runs finish; they read the weights loaded at that moment. */
    public void open() {
        gate.countDown();
        release.complete(null);
    }

    /** Waits until a held run has started. */
    public void awaitEntered() throws InterruptedException {
        if (!entered.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no run started within 10 s");
        }
    }

    /** Runs of the slow methods. */
    public int slowRuns() {
        return slowRuns.get();
    }

    /** A model whose run takes until the test opens the gate, and answers with the weights loaded then. */
    @CachedInference(cacheName = "tck-versioned-slow", model = "ranker", modelVersion = "1")
    public String rankSlowly(String query) throws InterruptedException {
        slowRuns.incrementAndGet();
        entered.countDown();
        if (!gate.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the test never opened the gate");
        }
        return "weights-" + weights + ":" + query;
    }

    /** The asynchronous form: its stage completes when the test opens the gate, with the weights loaded then. */
    @CachedInference(cacheName = "tck-versioned-async", model = "ranker", modelVersion = "1")
    public CompletableFuture<String> rankLater(String query) {
        slowRuns.incrementAndGet();
        entered.countDown();
        return release.thenApply(ignored -> "weights-" + weights + ":" + query);
    }
}
