package io.cachedinference.tck.beans;

import io.cachedinference.api.CachedInference;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;

/** A model that answers with stages the test completes, so it controls when a run ends. */
@ApplicationScoped
public class AsyncModel {

    private final AtomicInteger runs = new AtomicInteger();
    private volatile CompletableFuture<Void> gate = CompletableFuture.completedFuture(null);

    /** The number of model runs. */
    public int runs() {
        return runs.get();
    }

    /** Holds every run's stage until {@link #open()}. */
    public void close() {
        gate = new CompletableFuture<>();
    }

    /** Completes the held stages. */
    public void open() {
        gate.complete(null);
    }

    @CachedInference(cacheName = "tck-async")
    public CompletableFuture<float[]> embed(float[] input) {
        runs.incrementAndGet();
        return gate.thenApply(ignored -> new float[] {input.length, input[0]});
    }

    private final AtomicInteger lostRuns = new AtomicInteger();

    /** Runs of {@link #remote}. */
    public int lostRuns() {
        return lostRuns.get();
    }

    /**
     * A remote model whose first run's connection drops: its stage never completes. Later runs answer at
     * once. A 300 ms lock timeout.
     */
    @CachedInference(cacheName = "tck-lost", lockTimeout = "PT0.3S")
    public CompletionStage<String> remote(String input) {
        if (lostRuns.incrementAndGet() == 1) {
            return new CompletableFuture<>();
        }
        return CompletableFuture.completedFuture("remote-" + input);
    }

    @CachedInference(cacheName = "tck-async-failing")
    public CompletionStage<String> failing(String input) {
        runs.incrementAndGet();
        return gate.thenApply(ignored -> {
            throw new IllegalStateException("model failed on " + input);
        });
    }
}
