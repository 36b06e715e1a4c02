package io.cachedinference.examples.service;

import io.cachedinference.api.CachedInference;
import io.cachedinference.examples.model.InferenceModel;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicInteger;

/** A four-float model whose first run fails, as a device fault would; later runs succeed. */
@ApplicationScoped
public class FlakyModel implements InferenceModel {

    static final String NAME = "flaky";

    private final AtomicInteger runs = new AtomicInteger();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int inputLength() {
        return 4;
    }

    @Override
    public int outputLength() {
        return 1;
    }

    @Override
    @CachedInference(cacheName = NAME, model = NAME)
    public float[] infer(float[] input) {
        if (runs.incrementAndGet() == 1) {
            throw new IllegalStateException("device fault on run 1");
        }
        return new float[] {input[0] + input[1] + input[2] + input[3]};
    }

    int runs() {
        return runs.get();
    }
}
