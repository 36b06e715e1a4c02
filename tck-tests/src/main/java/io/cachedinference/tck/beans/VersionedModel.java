package io.cachedinference.tck.beans;

import io.cachedinference.api.CachedInference;
import jakarta.enterprise.context.ApplicationScoped;
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
}
