package io.cachedinference.benchmarks.hitpath;

import io.cachedinference.api.CachedInference;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Variants (f) and (g): the model with {@code @CachedInference} and the annotation's defaults (LRU,
 * 1000 entries, PT5M); the provider is chosen per container with {@code cached-inference.provider}.
 */
@ApplicationScoped
public class Cached implements HitPathModel {

    private int runs;

    @Override
    @CachedInference(cacheName = HitPathNames.CACHE, model = HitPathNames.MODEL, modelVersion = HitPathNames.VERSION)
    public float[] infer(float[] input) {
        runs++;
        return SCORES;
    }

    @Override
    public int runs() {
        return runs;
    }
}
