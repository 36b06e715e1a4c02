package io.cachedinference.interceptor.keys;

import java.util.Random;

/**
 * Procedurally generated RGB frames in CHW layout, values around 0–1, for fingerprint tests: a
 * background (a gradient between four corner colours, a few flat shapes and a texture) and a
 * subject in front of it (a large textured ellipse), each from its own seed, so a test can keep the
 * scene and change the subject. {@link Random} and {@link StrictMath} are specified bit for bit, so
 * every JVM draws the same frames, which the golden values need.
 */
final class Scenes {

    static final int CHANNELS = 3;
    static final int SIDE = 224;

    private Scenes() {
    }

    /** A frame of the background of {@code scene} with the subject of {@code subject}. */
    static float[] frame(long scene, long subject) {
        return frame(scene, subject, SIDE, SIDE);
    }

    static float[] frame(long scene, long subject, int height, int width) {
        Random r = new Random(scene);
        float[][] corner = new float[4][CHANNELS];
        for (float[] c : corner) {
            for (int k = 0; k < CHANNELS; k++) {
                c[k] = r.nextFloat();
            }
        }
        int shapes = 2 + r.nextInt(4);
        int[][] box = new int[shapes][4];
        float[][] shapeColour = new float[shapes][CHANNELS];
        for (int s = 0; s < shapes; s++) {
            box[s][0] = r.nextInt(width);
            box[s][1] = r.nextInt(height);
            box[s][2] = width / 10 + r.nextInt(width / 3);
            box[s][3] = height / 10 + r.nextInt(height / 3);
            for (int k = 0; k < CHANNELS; k++) {
                shapeColour[s][k] = r.nextFloat();
            }
        }
        double fx = 0.02 + r.nextDouble() * 0.2;
        double fy = 0.02 + r.nextDouble() * 0.2;
        double texture = r.nextDouble() * 0.08;

        Random q = new Random(subject ^ 0x5DEECE66DL);
        double cx = width * (0.2 + 0.6 * q.nextDouble());
        double cy = height * (0.2 + 0.6 * q.nextDouble());
        double rx = width * (0.12 + 0.18 * q.nextDouble());
        double ry = height * (0.15 + 0.2 * q.nextDouble());
        float[] subjectColour = {q.nextFloat(), q.nextFloat(), q.nextFloat()};
        double stripes = 0.05 + q.nextDouble() * 0.3;

        float[] image = new float[CHANNELS * height * width];
        int plane = height * width;
        for (int y = 0; y < height; y++) {
            double v = y / (height - 1.0);
            for (int x = 0; x < width; x++) {
                double u = x / (width - 1.0);
                int inShape = -1;
                for (int s = 0; s < shapes; s++) {
                    if (Math.abs(x - box[s][0]) < box[s][2] / 2 && Math.abs(y - box[s][1]) < box[s][3] / 2) {
                        inShape = s;
                    }
                }
                double ex = (x - cx) / rx;
                double ey = (y - cy) / ry;
                boolean inSubject = ex * ex + ey * ey < 1;
                double wave = texture * StrictMath.sin(x * fx) * StrictMath.cos(y * fy);
                for (int k = 0; k < CHANNELS; k++) {
                    double value;
                    if (inSubject) {
                        value = subjectColour[k] * (0.85 + 0.15 * StrictMath.sin((x + y) * stripes));
                    } else if (inShape >= 0) {
                        value = shapeColour[inShape][k] + wave;
                    } else {
                        value = (1 - u) * (1 - v) * corner[0][k] + u * (1 - v) * corner[1][k]
                                + (1 - u) * v * corner[2][k] + u * v * corner[3][k] + wave;
                    }
                    image[k * plane + y * width + x] = (float) value;
                }
            }
        }
        return image;
    }

    /** The frame as a sensor would see it again: gain, offset and Gaussian noise of deviation sigma. */
    static float[] reshoot(float[] image, Random noise, double sigma, double gain, double offset) {
        float[] out = new float[image.length];
        for (int i = 0; i < image.length; i++) {
            out[i] = (float) (image[i] * gain + offset + noise.nextGaussian() * sigma);
        }
        return out;
    }

    /** The same frame in HWC layout. */
    static float[] toHwc(float[] chw, int height, int width) {
        float[] hwc = new float[chw.length];
        int plane = height * width;
        for (int p = 0; p < plane; p++) {
            for (int k = 0; k < CHANNELS; k++) {
                hwc[p * CHANNELS + k] = chw[k * plane + p];
            }
        }
        return hwc;
    }

    static long fingerprint(float[] chw) {
        return fingerprint(chw, ImageFingerprintKey.DEFAULT_BITS);
    }

    static long fingerprint(float[] chw, int bits) {
        return ImageFingerprintKey.fingerprint(chw, CHANNELS, SIDE, SIDE, ImageFingerprintKey.Layout.CHW, bits);
    }
}
