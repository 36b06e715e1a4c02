package io.cachedinference.examples.onnx;

import static org.assertj.core.api.Assertions.assertThat;

import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.google.protobuf.ByteString;
import io.cachedinference.api.KeyDigest;
import io.cachedinference.interceptor.internal.key.ContentKeyGenerator;
import io.cachedinference.interceptor.internal.key.Keyers;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.ShortBuffer;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import net.openhft.hashing.LongTupleHashFunction;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The key of an {@link OnnxTensor}: its element type, shape and content, the same however the
 * tensor was made, and pinned by golden digests beside the {@code float[]} of the same content.
 */
final class OnnxTensorKeyerTest {

    private static final OrtEnvironment ENV = OrtEnvironment.getEnvironment();
    private static final float[] VALUES = {1f, 2f, 3f, 4f, 5f, 6f};
    private static final long[] SHAPE = {1, 2, 3};

    private final ContentKeyGenerator key = new ContentKeyGenerator(KeyDigest.XXH3_128,
            Keyers.of(List.of(new OnnxTensorKeyer())));

    private byte[] keyOf(Object argument) {
        return key.generate("onnx-cnn|onnx-cnn@1", new Object[] {argument}).digest();
    }

    private String hex(Object argument) {
        return HexFormat.of().formatHex(keyOf(argument));
    }

    private static ByteBuffer littleEndian(float[] values) {
        ByteBuffer bytes = ByteBuffer.allocateDirect(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(values);
        return bytes;
    }

    /**
     * Pinned on purpose, like the built-in key's golden values: keys must not change between JVMs and
     * releases. A tensor and the {@code float[]} of its content do not share a key (the tensor's
     * carries its type, element type and shape), but the content inside both is hashed alike:
     * {@link #tensorKey_isTheFloatArraysContentHash_framedByTypeAndShape} spells that out.
     */
    @Test
    void goldenDigests_ofATensor_andOfTheFloatArrayOfItsContent() throws OrtException {
        try (OnnxTensor tensor = OnnxTensor.createTensor(ENV, FloatBuffer.wrap(VALUES), SHAPE)) {
            assertThat(hex(VALUES)).isEqualTo("157a90125454b37f84461bd8c5c6da39");
            assertThat(hex(tensor)).isEqualTo("dbad2075f137fc44711934b536ef17e3");
        }
    }

    @Test
    void tensorKey_isTheFloatArraysContentHash_framedByTypeAndShape() throws OrtException {
        LongTupleHashFunction xxh3 = LongTupleHashFunction.xx128();
        byte[] content = new byte[VALUES.length * Float.BYTES];
        ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().put(VALUES);
        long[] contentHash = xxh3.hashBytes(content);
        String type = OnnxTensor.class.getName();
        long[] typeHash = xxh3.hashChars(type);
        long[] shapeHash = xxh3.hashLongs(SHAPE);
        long[] elementHash = xxh3.hashChars("FLOAT");
        // the built-in key's tags: TEXT 9, LONG_ARRAY 21, FLOAT_ARRAY 22, BYTE_BUFFER 24, ARGUMENTS 28, KEYED 29, END 30
        ByteBuffer floats = ByteBuffer.allocate(26).order(ByteOrder.LITTLE_ENDIAN)
                .put((byte) 28).putInt(1)
                .put((byte) 22).putInt(VALUES.length).putLong(contentHash[0]).putLong(contentHash[1]);
        ByteBuffer tensorStream = ByteBuffer.allocate(90).order(ByteOrder.LITTLE_ENDIAN)
                .put((byte) 28).putInt(1)
                .put((byte) 29).putInt(type.length()).putLong(typeHash[0]).putLong(typeHash[1])
                .put((byte) 9).putInt(5).putLong(elementHash[0]).putLong(elementHash[1])
                .put((byte) 21).putInt(SHAPE.length).putLong(shapeHash[0]).putLong(shapeHash[1])
                .put((byte) 24).putInt(content.length).putLong(contentHash[0]).putLong(contentHash[1])
                .put((byte) 30);

        try (OnnxTensor tensor = OnnxTensor.createTensor(ENV, FloatBuffer.wrap(VALUES), SHAPE)) {
            assertThat(keyOf(VALUES)).isEqualTo(digest(xxh3, floats.array()));
            assertThat(keyOf(tensor)).isEqualTo(digest(xxh3, tensorStream.array()));
        }
    }

    @Test
    void theSameTensor_hasTheSameKey_howeverItWasMade() throws OrtException {
        float[][][] nested = {{{1f, 2f, 3f}, {4f, 5f, 6f}}};
        ByteBuffer window = ByteBuffer.allocateDirect(8 + VALUES.length * Float.BYTES).order(ByteOrder.nativeOrder());
        window.position(8);
        window.slice().order(ByteOrder.nativeOrder()).asFloatBuffer().put(VALUES);
        FloatBuffer direct = ByteBuffer.allocateDirect(VALUES.length * Float.BYTES).order(ByteOrder.nativeOrder())
                .asFloatBuffer().put(VALUES);
        direct.flip();
        try (OnnxTensor reference = OnnxTensor.createTensor(ENV, FloatBuffer.wrap(VALUES), SHAPE);
                OnnxTensor fromArray = OnnxTensor.createTensor(ENV, nested);
                OnnxTensor fromDirectFloats = OnnxTensor.createTensor(ENV, direct, SHAPE);
                OnnxTensor fromBytes = OnnxTensor.createTensor(ENV, littleEndian(VALUES), SHAPE, OnnxJavaType.FLOAT);
                OnnxTensor fromWindow = OnnxTensor.createTensor(ENV, window, SHAPE, OnnxJavaType.FLOAT)) {

            assertThat(fromArray.getInfo().getShape()).containsExactly(SHAPE);
            assertThat(List.of(keyOf(fromArray), keyOf(fromDirectFloats), keyOf(fromBytes), keyOf(fromWindow)))
                    .allSatisfy(k -> assertThat(k).isEqualTo(keyOf(reference)));
        }
    }

    @Test
    void aSessionsOutput_hasTheKeyOfAnInputWithItsContent() throws OrtException {
        byte[] identity = OnnxProtoWriter.model(8, "test", 17, OnnxProtoWriter.graph("identity",
                List.of(OnnxProtoWriter.node("Identity", "id", new String[] {"x"}, "y")), List.<ByteString>of(),
                OnnxProtoWriter.floatValueInfo("x", SHAPE), OnnxProtoWriter.floatValueInfo("y", SHAPE))).toByteArray();
        try (OrtSession session = ENV.createSession(identity);
                OnnxTensor input = OnnxTensor.createTensor(ENV, FloatBuffer.wrap(VALUES), SHAPE);
                OrtSession.Result result = session.run(Map.of("x", input))) {
            OnnxTensor output = (OnnxTensor) result.get(0);

            assertThat(keyOf(output)).isEqualTo(keyOf(input));
        }
    }

    @Test
    void shapeElementTypeAndEveryElement_areInTheKey() throws OrtException {
        float[] changed = VALUES.clone();
        changed[5] = Math.nextUp(changed[5]);
        short[] halves = {0x3c00, 0x4000, 0x4200};
        try (OnnxTensor reference = OnnxTensor.createTensor(ENV, FloatBuffer.wrap(VALUES), SHAPE);
                OnnxTensor flat = OnnxTensor.createTensor(ENV, FloatBuffer.wrap(VALUES), new long[] {6});
                OnnxTensor lastElement = OnnxTensor.createTensor(ENV, FloatBuffer.wrap(changed), SHAPE);
                OnnxTensor float16 = OnnxTensor.createTensor(ENV, ShortBuffer.wrap(halves), new long[] {3},
                        OnnxJavaType.FLOAT16);
                OnnxTensor int16 = OnnxTensor.createTensor(ENV, ShortBuffer.wrap(halves), new long[] {3})) {

            assertThat(keyOf(flat)).isNotEqualTo(keyOf(reference));
            assertThat(keyOf(lastElement)).isNotEqualTo(keyOf(reference));
            assertThat(keyOf(float16)).as("same bytes, another element type").isNotEqualTo(keyOf(int16));
        }
    }

    @Test
    void stringTensors_areKeyedByTheirStrings() throws OrtException {
        try (OnnxTensor a = OnnxTensor.createTensor(ENV, new String[] {"手机壳", "case"}, new long[] {2});
                OnnxTensor same = OnnxTensor.createTensor(ENV, new String[] {"手机壳", "case"}, new long[] {2});
                OnnxTensor other = OnnxTensor.createTensor(ENV, new String[] {"手机壳", "cases"}, new long[] {2})) {

            assertThat(keyOf(same)).isEqualTo(keyOf(a));
            assertThat(keyOf(other)).isNotEqualTo(keyOf(a));
        }
    }

    @Test
    void aTensorOverADirectByteBuffer_isKeyedStraightFromIt_withoutCopyingItsContent() throws OrtException {
        Assumptions.assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
                && t.isThreadAllocatedMemorySupported() && t.isThreadAllocatedMemoryEnabled(),
                "this JVM does not count a thread's allocated bytes");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        float[] image = OnnxInputs.image(9);
        long[] shape = TinyOnnxClassifier.INPUT_SHAPE;
        try (OnnxTensor fromBytes = OnnxTensor.createTensor(ENV, littleEndian(image), shape, OnnxJavaType.FLOAT);
                OnnxTensor fromFloats = OnnxTensor.createTensor(ENV, FloatBuffer.wrap(image), shape)) {
            keyOf(fromBytes);
            keyOf(fromFloats);
            long id = Thread.currentThread().getId();

            long before = threads.getThreadAllocatedBytes(id);
            byte[] straight = keyOf(fromBytes);
            long straightBytes = threads.getThreadAllocatedBytes(id) - before;
            before = threads.getThreadAllocatedBytes(id);
            byte[] copied = keyOf(fromFloats);
            long copiedBytes = threads.getThreadAllocatedBytes(id) - before;

            assertThat(straight).isEqualTo(copied);
            assertThat(straightBytes).as("bytes allocated keying a 602 KB tensor over a direct ByteBuffer")
                    .isLessThan(64 * 1024);
            assertThat(copiedBytes).as("bytes allocated keying it through the runtime's copy")
                    .isGreaterThanOrEqualTo(image.length * (long) Float.BYTES);
        }
    }

    private static byte[] digest(LongTupleHashFunction xxh3, byte[] stream) {
        long[] h = xxh3.hashBytes(stream);
        return ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putLong(h[0]).putLong(h[1]).array();
    }
}
