package io.cachedinference.interceptor.keys;

import io.cachedinference.api.KeyGeneratorContext;
import java.util.Locale;
import java.util.Optional;

/**
 * Keys float images by a perceptual fingerprint, so video frames of the same scene that differ only
 * by sensor noise or a slight change of exposure share a key, while different scenes do not.
 *
 * <p>What it treats as equal: two images of the same shape whose DCT fingerprints are equal:
 * luminance (BT.601 weights for 3 or 4 channels taken as RGB(A), the channel itself for 1, the mean
 * for other counts) is averaged down to a 32×32 grid; the lowest 6×6 frequencies of its 2-D DCT
 * other than the DC term are compared with their median, one bit each (35 bits; 15, 24, 48 or 63
 * with {@code .fingerprint-bits}). Brightness gain and offset change no bit. The key is the
 * fingerprint's exact value, not a nearest-neighbour match: a frame that noise pushes across a bit
 * costs a miss, never a wrong answer.
 *
 * <p>Measured with {@code FingerprintMeasurement} (interceptor tests) on procedurally generated
 * 3×224×224 scenes, values 0–1: share of 1,000 re-shot frames keeping their key under Gaussian
 * noise σ; distinct scenes (of 3,000) sharing a key; and frames of one background with different
 * subjects in front (49,500 pairs) sharing a key:
 * <table>
 *   <caption>Robustness against discrimination, by fingerprint length</caption>
 *   <tr><th>bits</th><th>σ = 0.005</th><th>σ = 0.01</th><th>σ = 0.02</th><th>gain ±5 %, offset ±0.02</th>
 *       <th>distinct scenes</th><th>subject pairs</th></tr>
 *   <tr><td>15</td><td>99.9 %</td><td>99.6 %</td><td>99.0 %</td><td>100 %</td><td>1,160</td><td>3,111</td></tr>
 *   <tr><td>24</td><td>98.3 %</td><td>96.5 %</td><td>94.6 %</td><td>100 %</td><td>65</td><td>812</td></tr>
 *   <tr><td>35 (default)</td><td>99.6 %</td><td>97.5 %</td><td>94.4 %</td><td>100 %</td><td>0</td><td>176</td></tr>
 *   <tr><td>48</td><td>98.4 %</td><td>94.5 %</td><td>89.8 %</td><td>100 %</td><td>0</td><td>79</td></tr>
 *   <tr><td>63</td><td>95.4 %</td><td>91.4 %</td><td>81.9 %</td><td>100 %</td><td>0</td><td>13</td></tr>
 * </table>
 * Subject pairs that share a key are those whose frames barely differ at the grid's scale: at 35
 * bits, 99 of the 1,716 pairs whose 32×32 luminance differs by an RMS under 0.04, 74 of 15,254
 * between 0.04 and 0.08, and 3 of 32,530 above.
 *
 * <p>What it does not see, then: details smaller than a grid cell (1/32 of the image), and small or
 * low-contrast subjects, whose frames can share the key of another subject, which returns that
 * subject's answer. Use it where the model's answer depends on the scene as a whole (scene
 * classification, captions of a fixed camera, deduplicating replayed frames), not where it depends on
 * small details (detecting a small object, reading text), and prefer more bits when a wrong answer
 * costs more than a miss.
 *
 * <p>Which arguments: each {@code float[]} key argument is an image; every other argument is keyed
 * exactly. The shape is part of the key. It is {@code cached-inference.cache.<cacheName>.image-shape}
 * ({@code CxHxW}, such as {@code 3x480x640}) with {@code .image-layout} ({@code chw}, the default, or
 * {@code hwc}) when set, else what a subclass passes to
 * {@link #ImageFingerprintKey(int, int, int, Layout)}; else it is inferred from the array's length
 * as a square image of 3 channels, or of 1. Images must be at least 32×32; an array of another
 * length is an error of that call, which is then served uncached and counted.
 */
public class ImageFingerprintKey extends CanonicalKeyGenerator {

    /** The setting {@code cached-inference.cache.<cacheName>.image-shape}: {@code CxHxW}. */
    public static final String SHAPE_SETTING = "image-shape";

    /** The setting {@code cached-inference.cache.<cacheName>.image-layout}: {@code chw} or {@code hwc}. */
    public static final String LAYOUT_SETTING = "image-layout";

    /** The setting {@code cached-inference.cache.<cacheName>.fingerprint-bits}: 15, 24, 35, 48 or 63. */
    public static final String BITS_SETTING = "fingerprint-bits";

    /** The fingerprint's length when neither configuration nor a subclass sets one. */
    public static final int DEFAULT_BITS = 35;

    /** How a {@code float[]} holds the pixels. */
    public enum Layout {
        /** Planar: all of channel 0, then channel 1, …; within a channel row by row (PyTorch, ONNX). */
        CHW,
        /** Interleaved: pixel by pixel, row by row, each pixel's channels together (TensorFlow, most decoders). */
        HWC
    }

    /** The configured shape, or {@code null} to infer each image's shape from its length. */
    private volatile Shape shape;
    private volatile Layout layout;
    private volatile int block;

    /** Infers each image's shape from its length, as a planar (CHW) square image, unless configured. */
    public ImageFingerprintKey() {
        this(DEFAULT_BITS);
    }

    /**
     * Infers each image's shape, with fingerprints of the given length, unless configured otherwise.
     *
     * @throws IllegalArgumentException if {@code bits} is not 15, 24, 35, 48 or 63
     */
    protected ImageFingerprintKey(int bits) {
        this.shape = null;
        this.layout = Layout.CHW;
        this.block = block(bits, "ImageFingerprintKey bits " + bits);
    }

    /**
     * Fingerprints images of the given shape, unless configured otherwise.
     *
     * @throws IllegalArgumentException if the shape is not at least 1×32×32
     */
    protected ImageFingerprintKey(int channels, int height, int width, Layout layout) {
        this(channels, height, width, layout, DEFAULT_BITS);
    }

    /**
     * Fingerprints images of the given shape with fingerprints of the given length, unless configured
     * otherwise.
     *
     * @throws IllegalArgumentException if the shape is not at least 1×32×32, or {@code bits} is not
     *                                  15, 24, 35, 48 or 63
     */
    protected ImageFingerprintKey(int channels, int height, int width, Layout layout, int bits) {
        this.shape = Shape.of(channels, height, width, layout, "ImageFingerprintKey shape");
        this.layout = layout;
        this.block = block(bits, "ImageFingerprintKey bits " + bits);
    }

    /** The length of the fingerprints, in bits. */
    public int bits() {
        return PerceptualHash.bits(block);
    }

    private static int block(int bits, String origin) {
        int k = PerceptualHash.blockOf(bits);
        if (k < 0) {
            throw new IllegalArgumentException(origin + " is not a fingerprint length; use 15, 24, 35, 48 or 63"
                    + " (the lowest 4x4 to 8x8 DCT frequencies without the DC term)");
        }
        return k;
    }

    @Override
    protected void configureFrom(KeyGeneratorContext context) {
        Optional<String> layoutName = context.setting(LAYOUT_SETTING);
        if (layoutName.isPresent()) {
            try {
                layout = Layout.valueOf(layoutName.get().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(context.settingKey(LAYOUT_SETTING) + "=" + layoutName.get()
                        + " is not an image layout; use chw or hwc", e);
            }
        }
        Optional<String> bits = context.setting(BITS_SETTING);
        if (bits.isPresent()) {
            String origin = context.settingKey(BITS_SETTING) + "=" + bits.get();
            try {
                block = block(Integer.parseInt(bits.get()), origin);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(origin + " is not a fingerprint length; use 15, 24, 35, 48 or 63", e);
            }
        }
        Optional<String> dims = context.setting(SHAPE_SETTING);
        if (dims.isPresent()) {
            String origin = context.settingKey(SHAPE_SETTING) + "=" + dims.get();
            String[] parts = dims.get().toLowerCase(Locale.ROOT).split("x");
            if (parts.length != 3) {
                throw new IllegalArgumentException(origin + " is not a shape; use CxHxW, such as 3x224x224");
            }
            try {
                shape = Shape.of(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()),
                        Integer.parseInt(parts[2].trim()), layout, origin);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(origin + " is not a shape; use CxHxW, such as 3x224x224", e);
            }
        } else if (shape != null) {
            shape = new Shape(shape.channels(), shape.height(), shape.width(), layout);
        }
    }

    @Override
    protected Object canonical(Object argument) {
        if (!(argument instanceof float[])) {
            return argument;
        }
        float[] image = (float[]) argument;
        Shape s = shape != null ? shape : Shape.infer(image.length, layout);
        if (image.length != s.length()) {
            throw new IllegalArgumentException("ImageFingerprintKey expects images of shape " + s + " ("
                    + s.length() + " floats), got " + image.length + " floats; set " + SHAPE_SETTING);
        }
        int k = block;
        return new Fingerprint(s.channels(), s.height(), s.width(), PerceptualHash.bits(k), fingerprint(image, s, k));
    }

    /**
     * The fingerprint of one image, {@code bits} long, in the low bits of the result; with the same
     * shape, length and other arguments, equal fingerprints mean equal keys.
     *
     * @throws IllegalArgumentException if the length does not match the shape, the shape is under
     *                                  32×32, or {@code bits} is not 15, 24, 35, 48 or 63
     */
    public static long fingerprint(float[] image, int channels, int height, int width, Layout layout, int bits) {
        Shape s = Shape.of(channels, height, width, layout, "shape");
        if (image.length != s.length()) {
            throw new IllegalArgumentException("An image of shape " + s + " has " + s.length() + " floats, got "
                    + image.length);
        }
        return fingerprint(image, s, block(bits, "bits " + bits));
    }

    private static long fingerprint(float[] image, Shape s, int block) {
        return PerceptualHash.ofGrid(luminanceGrid(image, s), block);
    }

    /** Mean luminance per cell of a {@link PerceptualHash#GRID}-square grid over the image. */
    static double[] luminanceGrid(float[] image, Shape s) {
        int n = PerceptualHash.GRID;
        int h = s.height();
        int w = s.width();
        int c = s.channels();
        double[] sum = new double[n * n];
        int[] count = new int[n * n];
        int[] cellOfColumn = new int[w];
        for (int x = 0; x < w; x++) {
            cellOfColumn[x] = (int) ((long) x * n / w);
        }
        int plane = h * w;
        boolean chw = s.layout() == Layout.CHW;
        for (int y = 0; y < h; y++) {
            int rowCell = (int) ((long) y * n / h) * n;
            for (int x = 0; x < w; x++) {
                int pixel = y * w + x;
                double luma;
                if (c == 1) {
                    luma = image[pixel];
                } else if (c == 3 || c == 4) {
                    double r = chw ? image[pixel] : image[pixel * c];
                    double g = chw ? image[plane + pixel] : image[pixel * c + 1];
                    double b = chw ? image[2 * plane + pixel] : image[pixel * c + 2];
                    luma = 0.299 * r + 0.587 * g + 0.114 * b;
                } else {
                    double total = 0;
                    for (int k = 0; k < c; k++) {
                        total += chw ? image[k * plane + pixel] : image[pixel * c + k];
                    }
                    luma = total / c;
                }
                int cell = rowCell + cellOfColumn[x];
                sum[cell] += luma;
                count[cell]++;
            }
        }
        for (int i = 0; i < sum.length; i++) {
            sum[i] /= count[i];
        }
        return sum;
    }

    /** The canonical form of an image: its shape and fingerprint. */
    record Fingerprint(int channels, int height, int width, int length, long bits) {
    }

    /** An image shape. */
    record Shape(int channels, int height, int width, Layout layout) {

        static Shape of(int channels, int height, int width, Layout layout, String origin) {
            if (channels < 1 || height < PerceptualHash.GRID || width < PerceptualHash.GRID) {
                throw new IllegalArgumentException(origin + " must have at least 1 channel and 32x32 pixels, got "
                        + channels + "x" + height + "x" + width);
            }
            if ((long) channels * height * width > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(origin + " has more pixels than a float[] can hold");
            }
            return new Shape(channels, height, width, layout);
        }

        /** A square image of 3 channels, else of 1, from the array's length. */
        static Shape infer(int length, Layout layout) {
            for (int channels : new int[] {3, 1}) {
                if (length % channels == 0) {
                    int side = (int) Math.round(Math.sqrt(length / (double) channels));
                    if (side * side * channels == length && side >= PerceptualHash.GRID) {
                        return new Shape(channels, side, side, layout);
                    }
                }
            }
            throw new IllegalArgumentException("ImageFingerprintKey cannot infer an image shape from " + length
                    + " floats (not a square image of 3 or 1 channels, at least 32x32); set the cache's "
                    + SHAPE_SETTING + " setting to CxHxW");
        }

        int length() {
            return channels * height * width;
        }

        @Override
        public String toString() {
            return channels + "x" + height + "x" + width + " " + layout.name().toLowerCase(Locale.ROOT);
        }
    }
}
