package io.cachedinference.examples.onnx;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import io.cachedinference.examples.model.InferenceModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * One ONNX model in an ONNX Runtime session, opened once and closed once, behind the plain
 * {@link InferenceModel} interface; no cache here ({@link OnnxModel} is the cached bean).
 *
 * <p>The model must have one float tensor input of fixed shape (a leading batch dimension left
 * open counts as 1) and one float tensor output. {@link #infer(float[])} copies the input into a
 * direct buffer of the calling thread that the tensor wraps, so the runtime reads it without a
 * copy of its own; {@link #infer(OnnxTensor)} runs the caller's tensor as it is. Runs may be
 * concurrent (a session is thread-safe); {@link #close()} waits for the runs in progress and makes
 * later ones fail with {@link IllegalStateException}. {@link #runs()} counts the calls of
 * {@link OrtSession#run}, which is how tests see that a cache hit never reaches the runtime.
 */
public final class OnnxSessionModel implements InferenceModel, AutoCloseable {

    private final OnnxModelConfig config;
    private final String source;
    private final OrtEnvironment environment;
    private final OrtSession.SessionOptions options;
    private final OrtSession session;
    private final String inputName;
    private final long[] inputShape;
    private final int inputLength;
    private final int outputLength;
    private final ThreadLocal<FloatBuffer> inputBuffers;
    private final LongAdder runs = new LongAdder();
    private final ReentrantReadWriteLock lifecycle = new ReentrantReadWriteLock();
    private boolean closed;

    private OnnxSessionModel(OnnxModelConfig config, String source, OrtEnvironment environment,
            OrtSession.SessionOptions options, OrtSession session) throws OrtException {
        this.config = config;
        this.source = source;
        this.environment = environment;
        this.options = options;
        this.session = session;
        Map.Entry<String, TensorInfo> input = single("input", session.getInputInfo());
        Map.Entry<String, TensorInfo> output = single("output", session.getOutputInfo());
        this.inputName = input.getKey();
        this.inputShape = fixedShape("input", input.getValue());
        this.inputLength = elements("input", inputShape);
        this.outputLength = elements("output", fixedShape("output", output.getValue()));
        int bytes = inputLength * Float.BYTES;
        this.inputBuffers = ThreadLocal.withInitial(
                () -> ByteBuffer.allocateDirect(bytes).order(ByteOrder.nativeOrder()).asFloatBuffer());
    }

    /**
     * Opens the model: the configured file, or the bundled classifier.
     *
     * @throws IllegalArgumentException when the file does not exist, naming the setting and the path
     * @throws IllegalStateException when ONNX Runtime cannot open it or its inputs and outputs are
     *         not one fixed-shape float tensor each, with the runtime's message and cause
     */
    public static OnnxSessionModel open(OnnxModelConfig config) {
        String source = config.modelPath().map(Path::toString)
                .orElse("classpath:" + TinyOnnxClassifier.RESOURCE);
        config.modelPath().ifPresent(path -> {
            if (!Files.isRegularFile(path)) {
                throw new IllegalArgumentException(OnnxModelConfig.MODEL_PATH + " names no readable file: " + path
                        + " (an .onnx model file)");
            }
        });
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        OrtSession session = null;
        try {
            options.setIntraOpNumThreads(config.intraOpThreads());
            options.setInterOpNumThreads(1);
            session = config.modelPath().isPresent()
                    ? environment.createSession(config.modelPath().get().toString(), options)
                    : environment.createSession(bundledModel(), options);
            return new OnnxSessionModel(config, source, environment, options, session);
        } catch (OrtException | RuntimeException e) {
            closeQuietly(session, e);
            options.close();
            throw new IllegalStateException("ONNX Runtime cannot open the model " + source + ": " + e.getMessage()
                    + " [" + config + "]", e);
        }
    }

    @Override
    public String name() {
        return config.name();
    }

    @Override
    public int inputLength() {
        return inputLength;
    }

    @Override
    public int outputLength() {
        return outputLength;
    }

    /** The input tensor's shape, such as {@code [1, 3, 224, 224]}. */
    public long[] inputShape() {
        return inputShape.clone();
    }

    /** Where the model came from: its file, or {@code classpath:} and the bundled resource. */
    public String source() {
        return source;
    }

    /** The configuration it was opened with. */
    public OnnxModelConfig config() {
        return config;
    }

    /** The ONNX Runtime version, such as {@code 1.29.0}. */
    public String runtimeVersion() {
        return environment.getVersion();
    }

    /** How many times {@link OrtSession#run} was called. */
    public long runs() {
        return runs.sum();
    }

    /** Whether the session is still open. */
    public boolean isOpen() {
        lifecycle.readLock().lock();
        try {
            return !closed;
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    /**
     * Runs the model on one input in the input tensor's element order.
     *
     * @throws IllegalArgumentException when the input has the wrong length
     * @throws IllegalStateException when the session is closed or the run fails
     */
    @Override
    public float[] infer(float[] input) {
        if (input.length != inputLength) {
            throw new IllegalArgumentException("ONNX model '" + name() + "' expects " + inputLength + " floats ("
                    + shapeText(inputShape) + "), got " + input.length);
        }
        FloatBuffer buffer = inputBuffers.get();
        buffer.clear();
        buffer.put(input).flip();
        try (OnnxTensor tensor = OnnxTensor.createTensor(environment, buffer, inputShape)) {
            return run(tensor);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot wrap the input of '" + name() + "': " + e.getMessage(),
                    e);
        }
    }

    /**
     * Runs the model on the caller's tensor, which stays open.
     *
     * @throws IllegalArgumentException when the tensor is not a float tensor of the input's shape
     * @throws IllegalStateException when the session is closed or the run fails
     */
    public float[] infer(OnnxTensor input) {
        TensorInfo info = input.getInfo();
        if (info.type != OnnxJavaType.FLOAT || !Arrays.equals(info.getShape(), inputShape)) {
            throw new IllegalArgumentException("ONNX model '" + name() + "' expects a FLOAT tensor of shape "
                    + shapeText(inputShape) + ", got " + info.type + " " + shapeText(info.getShape()));
        }
        return run(input);
    }

    private float[] run(OnnxTensor tensor) {
        lifecycle.readLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("ONNX model '" + name() + "' is closed");
            }
            runs.increment();
            try (OrtSession.Result result = session.run(Map.of(inputName, tensor))) {
                OnnxValue value = result.get(0);
                FloatBuffer output = ((OnnxTensor) value).getFloatBuffer();
                float[] out = new float[output.remaining()];
                output.get(out);
                return out;
            } catch (OrtException e) {
                throw new IllegalStateException("ONNX model '" + name() + "' failed to run: " + e.getMessage(), e);
            }
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    /** Closes the session and its options once, after the runs in progress; later calls do nothing. */
    @Override
    public void close() {
        lifecycle.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            try {
                session.close();
            } catch (OrtException e) {
                throw new IllegalStateException("ONNX Runtime failed to close the session of '" + name() + "': "
                        + e.getMessage(), e);
            } finally {
                options.close();
            }
        } finally {
            lifecycle.writeLock().unlock();
        }
    }

    @Override
    public String toString() {
        return "OnnxSessionModel[" + name() + ", " + source + ", input " + inputName + " " + shapeText(inputShape)
                + ", " + config.intraOpThreads() + " intra-op thread(s)" + (isOpen() ? "" : ", closed") + "]";
    }

    private static byte[] bundledModel() {
        try (InputStream in = OnnxSessionModel.class.getClassLoader().getResourceAsStream(TinyOnnxClassifier.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The bundled ONNX model " + TinyOnnxClassifier.RESOURCE + " is not on"
                        + " the class path; the examples' build writes it (TinyOnnxClassifier), or set "
                        + OnnxModelConfig.MODEL_PATH);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled ONNX model " + TinyOnnxClassifier.RESOURCE, e);
        }
    }

    private Map.Entry<String, TensorInfo> single(String what, Map<String, NodeInfo> nodes) {
        if (nodes.size() != 1) {
            throw new IllegalStateException("The model " + source + " has " + nodes.size() + " " + what + "s "
                    + nodes.keySet() + "; this bean runs models of one input and one output");
        }
        Map.Entry<String, NodeInfo> node = nodes.entrySet().iterator().next();
        if (!(node.getValue().getInfo() instanceof TensorInfo info) || info.type != OnnxJavaType.FLOAT) {
            throw new IllegalStateException("The model " + source + "'s " + what + " '" + node.getKey()
                    + "' is not a float tensor: " + node.getValue().getInfo());
        }
        return Map.entry(node.getKey(), info);
    }

    private long[] fixedShape(String what, TensorInfo info) {
        long[] shape = info.getShape();
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] < 0 && i == 0) {
                shape[i] = 1;
            } else if (shape[i] < 1) {
                throw new IllegalStateException("The model " + source + "'s " + what + " has an open dimension "
                        + i + " in " + shapeText(info.getShape()) + "; this bean runs fixed shapes only");
            }
        }
        return shape;
    }

    private int elements(String what, long[] shape) {
        long n = 1;
        for (long d : shape) {
            n = Math.multiplyExact(n, d);
        }
        if (n > Integer.MAX_VALUE / Float.BYTES) {
            throw new IllegalStateException("The model " + source + "'s " + what + " of " + shapeText(shape)
                    + " is too large for one Java array");
        }
        return (int) n;
    }

    static String shapeText(long[] shape) {
        StringBuilder text = new StringBuilder();
        for (long d : shape) {
            text.append(text.length() == 0 ? "" : "x").append(d);
        }
        return text.toString();
    }

    private static void closeQuietly(OrtSession session, Exception failure) {
        if (session != null) {
            try {
                session.close();
            } catch (OrtException | RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
    }
}
