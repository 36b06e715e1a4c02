package io.cachedinference.benchmarks.compression;

import java.util.Random;

/**
 * Three kinds of result a cached model typically returns, each a {@code float[]} made from a fixed
 * seed, so every run stores the same bytes:
 * <ul>
 *   <li>{@link #SOFTMAX}: 1000 class probabilities, the softmax of gaussian logits (σ = 1) with one
 *       class raised by 12, so one score is about 0.99 and the rest are around 10⁻⁵;</li>
 *   <li>{@link #EMBEDDING}: 2048 gaussian floats;</li>
 *   <li>{@link #SPARSE}: a 16,384-float feature map after a ReLU, each float non-zero with
 *       probability 1/16 (then the absolute value of a gaussian).</li>
 * </ul>
 */
public enum TypicalResult {
    SOFTMAX(1000) {
        @Override
        float[] make(Random random) {
            double[] logits = new double[length()];
            for (int i = 0; i < logits.length; i++) {
                logits[i] = random.nextGaussian();
            }
            logits[random.nextInt(logits.length)] += 12;
            double max = Double.NEGATIVE_INFINITY;
            for (double l : logits) {
                max = Math.max(max, l);
            }
            double sum = 0;
            for (int i = 0; i < logits.length; i++) {
                logits[i] = Math.exp(logits[i] - max);
                sum += logits[i];
            }
            float[] p = new float[logits.length];
            for (int i = 0; i < p.length; i++) {
                p[i] = (float) (logits[i] / sum);
            }
            return p;
        }
    },
    EMBEDDING(2048) {
        @Override
        float[] make(Random random) {
            float[] e = new float[length()];
            for (int i = 0; i < e.length; i++) {
                e[i] = (float) random.nextGaussian();
            }
            return e;
        }
    },
    SPARSE(16_384) {
        @Override
        float[] make(Random random) {
            float[] m = new float[length()];
            for (int i = 0; i < m.length; i++) {
                if (random.nextInt(16) == 0) {
                    m[i] = (float) Math.abs(random.nextGaussian());
                }
            }
            return m;
        }
    };

    private final int length;

    TypicalResult(int length) {
        this.length = length;
    }

    abstract float[] make(Random random);

    /** Floats in the result. */
    public int length() {
        return length;
    }

    /** Bytes of the result as stored uncompressed: 4 per float. */
    public int rawBytes() {
        return length * Float.BYTES;
    }

    /** A new copy of the result, the same in every run. */
    public float[] value() {
        return make(new Random(20240601L + ordinal()));
    }

    /** The cache that {@link ResultModel} stores this kind of result in. */
    public String cacheName() {
        return "compression-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
