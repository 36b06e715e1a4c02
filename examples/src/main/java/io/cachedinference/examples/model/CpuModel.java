package io.cachedinference.examples.model;

import io.cachedinference.api.CachedInference;
import jakarta.enterprise.context.ApplicationScoped;

/** The image classifier on the CPU, with its results cached by {@code @CachedInference}. */
@ApplicationScoped
public class CpuModel implements InferenceModel {

    /** The model's name in cache namespaces. */
    public static final String NAME = "tiny-cnn";

    private final TinyConvNet network = new TinyConvNet();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int inputLength() {
        return TinyConvNet.INPUT_LENGTH;
    }

    @Override
    public int outputLength() {
        return TinyConvNet.CLASSES;
    }

    @Override
    @CachedInference(cacheName = "tiny-cnn", model = NAME, modelVersion = "1")
    public float[] infer(float[] input) {
        return network.forward(input);
    }
}
