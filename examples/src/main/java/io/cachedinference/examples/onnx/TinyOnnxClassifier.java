package io.cachedinference.examples.onnx;

import com.google.protobuf.ByteString;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The ONNX model the examples run: a small image classifier of the seed's input shape,
 * 1×3×224×224 → 1000 class probabilities, with fixed pseudo-random weights (He-scaled Gaussians
 * from one seed), so every build writes the same bytes.
 *
 * <pre>
 * input 1x3x224x224
 *   Conv 3x3 stride 2 → 32 channels, Relu, MaxPool 2   → 32x56x56
 *   Conv 3x3          → 128 channels, Relu, MaxPool 2  → 128x28x28
 *   Conv 3x3          → 160 channels, Relu, GlobalAveragePool, Flatten → 160
 *   Gemm → 1000, Softmax                               → probabilities 1x1000
 * </pre>
 *
 * <p>About 0.27 billion multiply-adds: some 9 ms a call on one core of the 2-core machine this
 * project is measured on, near the 10 ms the seed assumed for a model run. The build writes it to
 * {@value #RESOURCE} in the examples' classes ({@link #main}), so no binary is committed; it is
 * about 1.5 MB.
 */
public final class TinyOnnxClassifier {

    /** Where the build puts the model, on the class path. */
    public static final String RESOURCE = "io/cachedinference/examples/onnx/onnx-cnn.onnx";
    /** The graph's input name. */
    public static final String INPUT = "image";
    /** The graph's output name. */
    public static final String OUTPUT = "probabilities";
    /** Input shape: the seed's 1×3×224×224 tensor. */
    public static final long[] INPUT_SHAPE = {1, 3, 224, 224};
    /** Number of input floats. */
    public static final int INPUT_LENGTH = 3 * 224 * 224;
    /** Number of classes, the length of the output. */
    public static final int CLASSES = 1000;

    private static final int C1 = 32;
    private static final int C2 = 128;
    private static final int C3 = 160;
    private static final long SEED = 20261202L;
    private static final long IR_VERSION = 8;
    private static final long OPSET = 17;

    private TinyOnnxClassifier() {
    }

    /** The encoded {@code ModelProto}. */
    public static byte[] build() {
        Random random = new Random(SEED);
        List<ByteString> initializers = new ArrayList<>();
        List<ByteString> nodes = new ArrayList<>();

        initializers.add(weights(random, "conv1.w", C1, 3));
        initializers.add(zeros("conv1.b", C1));
        nodes.add(OnnxProtoWriter.node("Conv", "conv1", new String[] {INPUT, "conv1.w", "conv1.b"}, "conv1",
                OnnxProtoWriter.ints("kernel_shape", 3, 3), OnnxProtoWriter.ints("strides", 2, 2),
                OnnxProtoWriter.ints("pads", 1, 1, 1, 1)));
        nodes.add(OnnxProtoWriter.node("Relu", "relu1", new String[] {"conv1"}, "relu1"));
        nodes.add(maxPool("pool1", "relu1"));

        initializers.add(weights(random, "conv2.w", C2, C1));
        initializers.add(zeros("conv2.b", C2));
        nodes.add(conv("conv2", "pool1"));
        nodes.add(OnnxProtoWriter.node("Relu", "relu2", new String[] {"conv2"}, "relu2"));
        nodes.add(maxPool("pool2", "relu2"));

        initializers.add(weights(random, "conv3.w", C3, C2));
        initializers.add(zeros("conv3.b", C3));
        nodes.add(conv("conv3", "pool2"));
        nodes.add(OnnxProtoWriter.node("Relu", "relu3", new String[] {"conv3"}, "relu3"));
        nodes.add(OnnxProtoWriter.node("GlobalAveragePool", "gap", new String[] {"relu3"}, "gap"));
        nodes.add(OnnxProtoWriter.node("Flatten", "flatten", new String[] {"gap"}, "features",
                OnnxProtoWriter.integer("axis", 1)));

        float[] dense = gaussian(random, CLASSES * C3, Math.sqrt(1.0 / C3));
        initializers.add(OnnxProtoWriter.floatTensor("fc.w", new long[] {CLASSES, C3}, dense));
        initializers.add(zeros("fc.b", CLASSES));
        nodes.add(OnnxProtoWriter.node("Gemm", "fc", new String[] {"features", "fc.w", "fc.b"}, "logits",
                OnnxProtoWriter.integer("transB", 1)));
        nodes.add(OnnxProtoWriter.node("Softmax", "softmax", new String[] {"logits"}, OUTPUT,
                OnnxProtoWriter.integer("axis", 1)));

        ByteString graph = OnnxProtoWriter.graph("onnx-cnn", nodes, initializers,
                OnnxProtoWriter.floatValueInfo(INPUT, INPUT_SHAPE),
                OnnxProtoWriter.floatValueInfo(OUTPUT, 1, CLASSES));
        return OnnxProtoWriter.model(IR_VERSION, "cached-inference examples", OPSET, graph).toByteArray();
    }

    /** Writes the model to the file named by the first argument; the build runs this. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("Usage: TinyOnnxClassifier <output .onnx file>");
        }
        Path file = Path.of(args[0]);
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.write(file, build());
    }

    private static ByteString conv(String name, String input) {
        return OnnxProtoWriter.node("Conv", name, new String[] {input, name + ".w", name + ".b"}, name,
                OnnxProtoWriter.ints("kernel_shape", 3, 3), OnnxProtoWriter.ints("pads", 1, 1, 1, 1));
    }

    private static ByteString maxPool(String name, String input) {
        return OnnxProtoWriter.node("MaxPool", name, new String[] {input}, name,
                OnnxProtoWriter.ints("kernel_shape", 2, 2), OnnxProtoWriter.ints("strides", 2, 2));
    }

    private static ByteString weights(Random random, String name, int out, int in) {
        int fanIn = in * 3 * 3;
        return OnnxProtoWriter.floatTensor(name, new long[] {out, in, 3, 3},
                gaussian(random, out * fanIn, Math.sqrt(2.0 / fanIn)));
    }

    private static ByteString zeros(String name, int length) {
        return OnnxProtoWriter.floatTensor(name, new long[] {length}, new float[length]);
    }

    private static float[] gaussian(Random random, int length, double scale) {
        float[] values = new float[length];
        for (int i = 0; i < length; i++) {
            values[i] = (float) (random.nextGaussian() * scale);
        }
        return values;
    }
}
