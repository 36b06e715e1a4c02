package io.cachedinference.examples.model;

/**
 * A model that maps one input tensor to one output tensor. Backends (the plain-Java CPU model, the
 * Ascend NPU model over CANN ACL) implement it, so applications and their tests never depend on
 * native code.
 */
public interface InferenceModel {

    /** The model's name, as used in cache namespaces and service paths. */
    String name();

    /** The number of floats {@link #infer(float[])} expects. */
    int inputLength();

    /** The number of floats {@link #infer(float[])} returns. */
    int outputLength();

    /**
     * Runs the model once.
     *
     * @param input exactly {@link #inputLength()} floats; not modified
     * @return a new array of {@link #outputLength()} floats
     * @throws IllegalArgumentException when the input has the wrong length
     */
    float[] infer(float[] input);
}
