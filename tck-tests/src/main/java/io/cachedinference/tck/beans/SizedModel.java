package io.cachedinference.tck.beans;

import io.cachedinference.api.CachedInference;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicInteger;

/** Results of very different sizes in one byte-bounded cache: class ids next to feature maps. */
@ApplicationScoped
public class SizedModel {

    private final AtomicInteger runs = new AtomicInteger();

    /** The number of model runs. */
    public int runs() {
        return runs.get();
    }

    /** A feature map of {@code length} floats, in a cache bounded to 64 KiB. */
    @CachedInference(cacheName = "tck-bytes", maxBytes = 65536)
    public float[] featureMap(int seed, int length) {
        runs.incrementAndGet();
        float[] out = new float[length];
        out[0] = seed;
        return out;
    }
}
