package io.cachedinference.examples.model;

import io.cachedinference.api.CachedInference;
import io.cachedinference.api.KeyGenerator;
import io.cachedinference.interceptor.keys.ImageFingerprintKey;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.reflect.Method;

/**
 * The classifier behind a security camera: {@link TinyConvNet} on 1×3×224×224 frames, in a cache of
 * its own so that its key can differ from the image classifier's.
 *
 * <p>The key generator is chosen in one place, the {@code keyGenerator} of the annotation below:
 * {@link ImageFingerprintKey}, a perceptual hash, so frames of one subject that differ only by
 * sensor noise share a key. {@link ExactCameraModel} serves the same network with exact keys, for
 * comparison; {@link #keyGenerator()} reports the choice to the replay.
 */
@ApplicationScoped
public class CameraModel implements InferenceModel {

    /** The model's name in cache namespaces and service paths, and its cache's name. */
    public static final String NAME = "camera";

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
    @CachedInference(cacheName = NAME, model = NAME, modelVersion = "1", keyGenerator = ImageFingerprintKey.class)
    public float[] infer(float[] input) {
        return network.forward(input);
    }

    /** The key generator the annotation on {@link #infer} names; {@code KeyGenerator.class} is the built-in one. */
    public static Class<? extends KeyGenerator> keyGenerator() {
        return keyGenerator(CameraModel.class);
    }

    /** The key generator the annotation on a camera bean's {@code infer} names. */
    public static Class<? extends KeyGenerator> keyGenerator(Class<?> bean) {
        try {
            Method infer = bean.getMethod("infer", float[].class);
            return infer.getAnnotation(CachedInference.class).keyGenerator();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("CameraModel#infer(float[]) is gone", e);
        }
    }
}
