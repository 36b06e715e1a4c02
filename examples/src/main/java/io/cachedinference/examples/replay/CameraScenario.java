package io.cachedinference.examples.replay;

import io.cachedinference.api.KeyGenerator;
import io.cachedinference.examples.model.CameraModel;
import io.cachedinference.examples.model.ExactCameraModel;
import io.cachedinference.examples.model.TinyConvNet;
import java.util.Random;

/**
 * The seed's security camera: one camera at {@value #FPS} frames per second in front of an
 * entrance where {@value #SUBJECTS} procedurally drawn subjects come and go, each staying 1 to 4
 * seconds. Every frame is the subject's image plus sensor noise (Gaussian, σ = 0.02, then
 * quantized to 8 bits like a real sensor) and a small global brightness flicker, sent to the
 * {@code camera} model. Frames of one subject look alike to a person but differ in their bits,
 * so an exact key misses on nearly all of them; a perceptual fingerprint key would hit.
 */
public final class CameraScenario extends Scenario<float[], float[]> {

    /** Frames per second. */
    public static final int FPS = 25;

    /** Subjects in the scene. */
    public static final int SUBJECTS = 3;

    private static final int SIZE = TinyConvNet.SIZE;
    private static final int PLANE = SIZE * SIZE;

    private final long seed;
    private final String id;
    private final String model;
    private final Class<?> bean;
    private final int[] subjectOfFrame;
    private final float[][] subjects = new float[SUBJECTS][];
    private final TinyConvNet network = new TinyConvNet();

    /** A trace of {@code seconds} of video for the fingerprint-keyed camera; the same arguments give the same frames. */
    public CameraScenario(int seconds, long seed) {
        this(seconds, seed, false);
    }

    /** The same trace, sent to the exact-keyed camera when {@code exact}. */
    public CameraScenario(int seconds, long seed, boolean exact) {
        this.seed = seed;
        this.id = exact ? "camera-exact" : "camera";
        this.model = exact ? ExactCameraModel.NAME : CameraModel.NAME;
        this.bean = exact ? ExactCameraModel.class : CameraModel.class;
        this.subjectOfFrame = new int[seconds * FPS];
        Random random = new Random(seed);
        for (int s = 0; s < SUBJECTS; s++) {
            subjects[s] = drawSubject(new Random(seed * 31 + s));
        }
        int frame = 0;
        int subject = random.nextInt(SUBJECTS);
        while (frame < subjectOfFrame.length) {
            int stay = FPS * (1 + random.nextInt(4));
            for (int f = 0; f < stay && frame < subjectOfFrame.length; f++) {
                subjectOfFrame[frame++] = subject;
            }
            subject = (subject + 1 + random.nextInt(SUBJECTS - 1)) % SUBJECTS;
        }
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title() {
        return "Camera (" + keyDescription() + "): " + FPS + " fps, " + SUBJECTS + " subjects, "
                + subjectOfFrame.length / FPS + " s of video";
    }

    @Override
    public String description() {
        return subjectOfFrame.length + " frames of 1x3x224x224; each is one of " + SUBJECTS
                + " subjects plus fresh sensor noise (sigma 0.02, 8-bit), sent to " + model + ".";
    }

    @Override
    public String cacheName() {
        return model;
    }

    @Override
    public String keyDescription() {
        Class<? extends KeyGenerator> generator = CameraModel.keyGenerator(bean);
        return generator == KeyGenerator.class ? "built-in content key (exact bits)" : generator.getSimpleName();
    }

    @Override
    public String answerComparison() {
        return "top-1 class";
    }

    @Override
    public int size() {
        return subjectOfFrame.length;
    }

    /** The subject in frame {@code i}. */
    public int subjectOf(int i) {
        return subjectOfFrame[i];
    }

    @Override
    public float[] input(int i) {
        Random noise = new Random(seed * 1_000_003L + i);
        float flicker = (float) (noise.nextGaussian() * 0.01);
        float[] base = subjects[subjectOfFrame[i]];
        float[] frame = new float[base.length];
        for (int j = 0; j < frame.length; j++) {
            float v = base[j] + flicker + (float) (noise.nextGaussian() * 0.02);
            frame[j] = Math.round(Math.min(1f, Math.max(0f, v)) * 255f) / 255f;
        }
        return frame;
    }

    @Override
    public String group(int i) {
        return "subject-" + subjectOfFrame[i];
    }

    @Override
    public Served<float[]> send(ServiceClient client, float[] input) {
        return client.infer(model, input);
    }

    @Override
    public float[] direct(int i, float[] input) {
        return network.forward(input);
    }

    @Override
    public boolean sameAnswer(float[] direct, float[] served) {
        return Tensors.argmax(direct) == Tensors.argmax(served);
    }

    @Override
    public String timeAxis() {
        return "video time (s)";
    }

    @Override
    public double timeOf(int i) {
        return (i + 1) / (double) FPS;
    }

    /** A subject: a vertical background gradient and a few soft coloured blobs, channel-major. */
    private static float[] drawSubject(Random random) {
        float[] image = new float[TinyConvNet.INPUT_LENGTH];
        float[][] background = new float[3][2];
        for (int c = 0; c < 3; c++) {
            background[c][0] = 0.2f + 0.6f * random.nextFloat();
            background[c][1] = 0.2f + 0.6f * random.nextFloat();
        }
        int blobs = 3 + random.nextInt(3);
        float[][] blob = new float[blobs][6];
        for (float[] b : blob) {
            b[0] = SIZE * (0.2f + 0.6f * random.nextFloat());
            b[1] = SIZE * (0.2f + 0.6f * random.nextFloat());
            b[2] = SIZE * (0.08f + 0.15f * random.nextFloat());
            b[3] = random.nextFloat();
            b[4] = random.nextFloat();
            b[5] = random.nextFloat();
        }
        for (int y = 0; y < SIZE; y++) {
            float t = y / (float) (SIZE - 1);
            for (int x = 0; x < SIZE; x++) {
                float[] rgb = new float[3];
                for (int c = 0; c < 3; c++) {
                    rgb[c] = background[c][0] * (1 - t) + background[c][1] * t;
                }
                for (float[] b : blob) {
                    float dx = x - b[0];
                    float dy = y - b[1];
                    float w = (float) Math.exp(-(dx * dx + dy * dy) / (2 * b[2] * b[2]));
                    for (int c = 0; c < 3; c++) {
                        rgb[c] = rgb[c] * (1 - w) + b[3 + c] * w;
                    }
                }
                for (int c = 0; c < 3; c++) {
                    image[c * PLANE + y * SIZE + x] = rgb[c];
                }
            }
        }
        return image;
    }
}
