package io.cachedinference.tck.beans;

import io.cachedinference.api.CachedInference;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** A deterministic model whose methods count their real runs, so tests can tell hits from misses. */
@ApplicationScoped
public class ScoringModel {

    private final AtomicInteger runs = new AtomicInteger();

    /** The number of times any method body ran. */
    public int runs() {
        return runs.get();
    }

    @CachedInference(model = "scoring", modelVersion = "1")
    public float[] scale(float[] input, float factor) {
        runs.incrementAndGet();
        float[] out = new float[input.length];
        for (int i = 0; i < input.length; i++) {
            out[i] = input[i] * factor;
        }
        return out;
    }

    @CachedInference
    public float[] negate(float[] input) {
        runs.incrementAndGet();
        float[] out = new float[input.length];
        for (int i = 0; i < input.length; i++) {
            out[i] = -input[i];
        }
        return out;
    }

    @CachedInference
    public float[] identity(float[] input) {
        runs.incrementAndGet();
        return input.clone();
    }

    @CachedInference
    public String describe(Map<String, Integer> parameters) {
        runs.incrementAndGet();
        return "params:" + parameters.size();
    }

    @CachedInference
    public String failing(String input) {
        runs.incrementAndGet();
        throw new IllegalStateException("model failed on " + input);
    }

    @CachedInference
    public String nothing(String input) {
        runs.incrementAndGet();
        return null;
    }

    @CachedInference(cacheName = "tck-short-lived", eviction = io.cachedinference.api.EvictionPolicy.TTL, ttl = "PT0.3S")
    public String shortLived(String input) {
        runs.incrementAndGet();
        return input.toUpperCase(java.util.Locale.ROOT);
    }

    @CachedInference(cacheName = "tck-bounded", maxEntries = 10)
    public Integer bounded(int i) {
        runs.incrementAndGet();
        return i * 2;
    }
}
