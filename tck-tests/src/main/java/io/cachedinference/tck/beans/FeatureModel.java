package io.cachedinference.tck.beans;

import io.cachedinference.api.CachedInference;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicInteger;

/** Returns sparse feature maps, as compressible as real ones, and tiny vectors that are not worth it. */
@ApplicationScoped
public class FeatureModel {

    private final AtomicInteger runs = new AtomicInteger();

    /** The number of model runs. */
    public int runs() {
        return runs.get();
    }

    /** A 2048-float map with one active feature in 16. */
    @CachedInference(cacheName = "tck-compressed")
    public float[] features(int seed) {
        runs.incrementAndGet();
        float[] out = new float[2048];
        for (int i = seed % 16; i < out.length; i += 16) {
            out[i] = (float) Math.sin(seed + i);
        }
        return out;
    }

    /** A 4-float vector: below any sensible compression threshold. */
    @CachedInference(cacheName = "tck-compressed-small")
    public float[] small(int seed) {
        runs.incrementAndGet();
        return new float[] {seed, seed + 1, seed + 2, seed + 3};
    }
}
