package io.cachedinference.examples.ascend;

import io.cachedinference.examples.model.InferenceModel;

/** A CPU stand-in for backend selection tests: y = W x in Java. */
final class LinearCpuModel implements InferenceModel {

    private final float[][] w;

    LinearCpuModel(float[][] w) {
        this.w = w;
    }

    @Override
    public String name() {
        return "linear-cpu";
    }

    @Override
    public int inputLength() {
        return w[0].length;
    }

    @Override
    public int outputLength() {
        return w.length;
    }

    @Override
    public float[] infer(float[] input) {
        if (input.length != inputLength()) {
            throw new IllegalArgumentException("expects " + inputLength() + " floats, got " + input.length);
        }
        return OmFiles.multiply(w, input);
    }
}
