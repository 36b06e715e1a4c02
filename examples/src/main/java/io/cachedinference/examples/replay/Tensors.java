package io.cachedinference.examples.replay;

/** Helpers for classifier outputs. */
final class Tensors {

    private Tensors() {
    }

    /** The index of the largest value: a classifier's predicted class. */
    static int argmax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
