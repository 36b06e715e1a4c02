package io.cachedinference.examples.model;

import io.cachedinference.api.CachedInference;
import jakarta.enterprise.context.ApplicationScoped;

/** The camera's classifier with the built-in exact content key, to compare with {@link CameraModel}'s fingerprints. */
@ApplicationScoped
public class ExactCameraModel implements InferenceModel {

    /** The model's name in service paths, and its cache's name. */
    public static final String NAME = "camera-exact";

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
    @CachedInference(cacheName = NAME, model = NAME, modelVersion = "1")
    public float[] infer(float[] input) {
        return network.forward(input);
    }
}
