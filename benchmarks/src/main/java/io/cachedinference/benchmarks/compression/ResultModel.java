package io.cachedinference.benchmarks.compression;

import io.cachedinference.api.CachedInference;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A model that answers each kind of {@link TypicalResult} from its own {@code @CachedInference}
 * cache, so each cache's compression is configured on its own. The answers are made once; each run
 * returns them (the interceptor stores a copy) and is counted.
 */
@ApplicationScoped
public class ResultModel {

    private final float[] softmax = TypicalResult.SOFTMAX.value();
    private final float[] embedding = TypicalResult.EMBEDDING.value();
    private final float[] sparse = TypicalResult.SPARSE.value();
    private final AtomicLong runs = new AtomicLong();

    @CachedInference(cacheName = "compression-softmax", model = "classifier", modelVersion = "1")
    public float[] softmax(String request) {
        runs.incrementAndGet();
        return softmax;
    }

    @CachedInference(cacheName = "compression-embedding", model = "encoder", modelVersion = "1")
    public float[] embedding(String request) {
        runs.incrementAndGet();
        return embedding;
    }

    @CachedInference(cacheName = "compression-sparse", model = "backbone", modelVersion = "1")
    public float[] sparse(String request) {
        runs.incrementAndGet();
        return sparse;
    }

    /** Model runs so far. */
    public long runs() {
        return runs.get();
    }
}
