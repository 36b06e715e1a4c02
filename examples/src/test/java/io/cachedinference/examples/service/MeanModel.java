package io.cachedinference.examples.service;

import io.cachedinference.api.CachedInference;
import io.cachedinference.examples.model.InferenceModel;
import jakarta.enterprise.context.ApplicationScoped;

/** A four-float model whose answer is the inputs' mean, easy for a test to compute; finite for any finite input. */
@ApplicationScoped
public class MeanModel implements InferenceModel {

    static final String NAME = "mean4";

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
        return new float[] {mean(input)};
    }

    static float mean(float[] input) {
        return (float) (((double) input[0] + input[1] + input[2] + input[3]) / 4);
    }
}
