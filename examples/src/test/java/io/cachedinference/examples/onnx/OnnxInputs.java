package io.cachedinference.examples.onnx;

import java.util.Random;

/** Seeded 1×3×224×224 inputs for the bundled classifier. */
final class OnnxInputs {

    private OnnxInputs() {
    }

    static float[] image(long seed) {
        Random random = new Random(seed);
        float[] image = new float[TinyOnnxClassifier.INPUT_LENGTH];
        for (int i = 0; i < image.length; i++) {
            image[i] = random.nextFloat() * 2 - 1;
        }
        return image;
    }
}
