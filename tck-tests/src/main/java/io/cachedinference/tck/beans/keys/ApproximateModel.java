package io.cachedinference.tck.beans.keys;

import io.cachedinference.api.CachedInference;
import io.cachedinference.interceptor.keys.ImageFingerprintKey;
import io.cachedinference.interceptor.keys.NormalizedTextKey;
import io.cachedinference.interceptor.keys.QuantizedTensorKey;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicInteger;

/** Methods keyed by the built-in approximate generators, as an application names them. */
@ApplicationScoped
public class ApproximateModel {

    private final AtomicInteger runs = new AtomicInteger();

    public int runs() {
        return runs.get();
    }

    /** Configured in tests with {@code cached-inference.cache.tck-quantized.quantization-step=0.1}. */
    @CachedInference(cacheName = "tck-quantized", keyGenerator = QuantizedTensorKey.class)
    public float[] embed(float[] input) {
        runs.incrementAndGet();
        return input.clone();
    }

    /** Rounded to halves by {@link HalfStepQuantizer}, a bean subclass. */
    @CachedInference(cacheName = "tck-quantized-bean", keyGenerator = HalfStepQuantizer.class)
    public float[] embedCoarsely(float[] input) {
        runs.incrementAndGet();
        return input.clone();
    }

    @CachedInference(cacheName = "tck-text", keyGenerator = NormalizedTextKey.class)
    public String search(String query) {
        runs.incrementAndGet();
        return "results for " + query;
    }

    @CachedInference(cacheName = "tck-frames", keyGenerator = ImageFingerprintKey.class)
    public String describe(float[] frame) {
        runs.incrementAndGet();
        return "scene of " + frame.length + " floats";
    }
}
