package io.cachedinference.examples.model;

import java.util.Random;

/**
 * A small deterministic image classifier in plain Java: a 3×3 convolution with stride 2 and 8
 * output channels over a 3×224×224 tensor, ReLU, global average pooling, and a dense layer to 10
 * class probabilities. About 2.7 million multiply-adds, a few milliseconds a call: a stand-in with
 * a realistic cost for a model that would run on an NPU.
 */
public final class TinyConvNet {

    /** Input channels, height and width: the seed's 1×3×224×224 tensor. */
    public static final int CHANNELS = 3;
    public static final int SIZE = 224;
    public static final int INPUT_LENGTH = CHANNELS * SIZE * SIZE;
    public static final int CLASSES = 10;

    private static final int FILTERS = 8;
    private static final int KERNEL = 3;
    private static final int STRIDE = 2;
    private static final int OUT = (SIZE - KERNEL) / STRIDE + 1;

    private final float[] kernels = new float[FILTERS * CHANNELS * KERNEL * KERNEL];
    private final float[] dense = new float[CLASSES * FILTERS];

    /** Creates the network with weights drawn from a fixed seed, so every instance computes the same function. */
    public TinyConvNet() {
        Random random = new Random(20261127L);
        for (int i = 0; i < kernels.length; i++) {
            kernels[i] = (float) (random.nextGaussian() * 0.3);
        }
        for (int i = 0; i < dense.length; i++) {
            dense[i] = (float) (random.nextGaussian() * 0.5);
        }
    }

    /** Runs the network on one tensor in channel-major (CHW) order. */
    public float[] forward(float[] input) {
        if (input.length != INPUT_LENGTH) {
            throw new IllegalArgumentException("TinyConvNet expects " + INPUT_LENGTH + " floats (1x3x224x224), got "
                    + input.length);
        }
        float[] pooled = new float[FILTERS];
        for (int f = 0; f < FILTERS; f++) {
            double sum = 0;
            for (int y = 0; y < OUT; y++) {
                for (int x = 0; x < OUT; x++) {
                    float v = convolve(input, f, y * STRIDE, x * STRIDE);
                    sum += v > 0 ? v : 0;
                }
            }
            pooled[f] = (float) (sum / (OUT * OUT));
        }
        return softmax(classify(pooled));
    }

    private float convolve(float[] input, int filter, int top, int left) {
        float acc = 0;
        int k = filter * CHANNELS * KERNEL * KERNEL;
        for (int c = 0; c < CHANNELS; c++) {
            int plane = c * SIZE * SIZE;
            for (int dy = 0; dy < KERNEL; dy++) {
                int row = plane + (top + dy) * SIZE + left;
                acc += kernels[k++] * input[row] + kernels[k++] * input[row + 1] + kernels[k++] * input[row + 2];
            }
        }
        return acc;
    }

    private float[] classify(float[] features) {
        float[] logits = new float[CLASSES];
        for (int c = 0; c < CLASSES; c++) {
            float acc = 0;
            for (int f = 0; f < FILTERS; f++) {
                acc += dense[c * FILTERS + f] * features[f];
            }
            logits[c] = acc;
        }
        return logits;
    }

    private static float[] softmax(float[] logits) {
        float max = Float.NEGATIVE_INFINITY;
        for (float l : logits) {
            max = Math.max(max, l);
        }
        double total = 0;
        float[] out = new float[logits.length];
        for (int i = 0; i < logits.length; i++) {
            out[i] = (float) Math.exp(logits[i] - max);
            total += out[i];
        }
        for (int i = 0; i < out.length; i++) {
            out[i] /= (float) total;
        }
        return out;
    }
}
