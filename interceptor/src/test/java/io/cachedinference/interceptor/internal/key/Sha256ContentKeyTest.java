package io.cachedinference.interceptor.internal.key;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.KeyDigest;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SHA-256 content key digests the same tagged stream as the XXH3 one, with every large value's
 * content as its little-endian bytes. Each expected digest here is built by hand from that layout,
 * independent of the chunked feeding the sink does.
 */
final class Sha256ContentKeyTest {

    private static final String NS = "tenant-a/classifier/1";

    private final ContentKeyGenerator sha = new ContentKeyGenerator(KeyDigest.SHA_256, Keyers.none());

    private byte[] digestOf(Object... arguments) {
        return sha.generate(NS, arguments).digest();
    }

    /** SHA-256 of [ARGUMENTS][1][tag][length][content bytes], spelled out with an explicit little-endian buffer. */
    private static byte[] expected(byte tag, int length, Consumer<ByteBuffer> content, int contentBytes) throws Exception {
        ByteBuffer b = ByteBuffer.allocate(1 + 4 + 1 + 4 + contentBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put(TypeTag.ARGUMENTS).putInt(1).put(tag).putInt(length);
        content.accept(b);
        assertThat(b.remaining()).isZero();
        return MessageDigest.getInstance("SHA-256").digest(b.array());
    }

    static Stream<Arguments> arrays() {
        Random r = new Random(17);
        // longer than the 16 KiB chunk for every element size, and not a multiple of it
        int n = Sha256Sink.CHUNK_BYTES + 333;
        float[] floats = new float[n];
        double[] doubles = new double[n];
        int[] ints = new int[n];
        long[] longs = new long[n];
        short[] shorts = new short[n];
        char[] chars = new char[n];
        byte[] bytes = new byte[n];
        boolean[] booleans = new boolean[n];
        for (int i = 0; i < n; i++) {
            floats[i] = (float) r.nextGaussian();
            doubles[i] = r.nextGaussian();
            ints[i] = r.nextInt();
            longs[i] = r.nextLong();
            shorts[i] = (short) r.nextInt();
            chars[i] = (char) r.nextInt();
            bytes[i] = (byte) r.nextInt();
            booleans[i] = r.nextBoolean();
        }
        return Stream.of(
                Arguments.of("float[]", floats, TypeTag.FLOAT_ARRAY, n, Float.BYTES,
                        (Consumer<ByteBuffer>) b -> b.asFloatBuffer().put(floats)),
                Arguments.of("double[]", doubles, TypeTag.DOUBLE_ARRAY, n, Double.BYTES,
                        (Consumer<ByteBuffer>) b -> b.asDoubleBuffer().put(doubles)),
                Arguments.of("int[]", ints, TypeTag.INT_ARRAY, n, Integer.BYTES,
                        (Consumer<ByteBuffer>) b -> b.asIntBuffer().put(ints)),
                Arguments.of("long[]", longs, TypeTag.LONG_ARRAY, n, Long.BYTES,
                        (Consumer<ByteBuffer>) b -> b.asLongBuffer().put(longs)),
                Arguments.of("short[]", shorts, TypeTag.SHORT_ARRAY, n, Short.BYTES,
                        (Consumer<ByteBuffer>) b -> b.asShortBuffer().put(shorts)),
                Arguments.of("char[]", chars, TypeTag.CHAR_ARRAY, n, Character.BYTES,
                        (Consumer<ByteBuffer>) b -> b.asCharBuffer().put(chars)),
                Arguments.of("byte[]", bytes, TypeTag.BYTE_ARRAY, n, 1,
                        (Consumer<ByteBuffer>) b -> b.put(bytes)),
                Arguments.of("boolean[]", booleans, TypeTag.BOOLEAN_ARRAY, n, 1,
                        (Consumer<ByteBuffer>) b -> {
                            for (boolean v : booleans) {
                                b.put((byte) (v ? 1 : 0));
                            }
                        }),
                Arguments.of("String", new String(chars), TypeTag.TEXT, n, Character.BYTES,
                        (Consumer<ByteBuffer>) b -> b.asCharBuffer().put(chars)),
                Arguments.of("StringBuilder", new StringBuilder(new String(chars)), TypeTag.TEXT, n, Character.BYTES,
                        (Consumer<ByteBuffer>) b -> b.asCharBuffer().put(chars)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("arrays")
    void largeValue_isDigestedAsItsLittleEndianBytes_acrossChunkBoundaries(String type, Object value, byte tag,
            int length, int elementBytes, Consumer<ByteBuffer> content) throws Exception {
        byte[] want = expected(tag, length, b -> {
            ByteBuffer slice = b.slice().order(ByteOrder.LITTLE_ENDIAN);
            content.accept(slice);
            b.position(b.position() + length * elementBytes);
        }, length * elementBytes);

        assertThat(digestOf(value)).isEqualTo(want);
    }

    @Test
    void heapDirectAndReadOnlyBuffers_areDigestedFromPositionToLimit() throws Exception {
        byte[] bytes = new byte[40_000];
        new Random(3).nextBytes(bytes);
        byte[] want = expected(TypeTag.BYTE_BUFFER, 39_990, b -> b.put(bytes, 5, 39_990), 39_990);
        ByteBuffer direct = ByteBuffer.allocateDirect(bytes.length).put(bytes).position(5).limit(39_995);

        assertThat(digestOf(ByteBuffer.wrap(bytes).position(5).limit(39_995))).isEqualTo(want);
        assertThat(digestOf(direct)).isEqualTo(want);
        assertThat(digestOf(ByteBuffer.wrap(bytes).position(5).limit(39_995).asReadOnlyBuffer())).isEqualTo(want);
        assertThat(direct.position()).isEqualTo(5);
    }

    @Test
    void digest_is32Bytes_andDiffersFromTheXxh3Key() {
        InferenceKey key = sha.generate(NS, new Object[] {"手机壳"});

        assertThat(key.digest()).hasSize(32);
        assertThat(key).isNotEqualTo(new ContentKeyGenerator().generate(NS, new Object[] {"手机壳"}));
    }

    @Test
    void mapOrder_doesNotMatter() {
        Map<String, Object> ab = new LinkedHashMap<>();
        ab.put("top_k", 5);
        ab.put("threshold", 0.25);
        Map<String, Object> ba = new LinkedHashMap<>();
        ba.put("threshold", 0.25);
        ba.put("top_k", 5);

        assertThat(digestOf(ab)).isEqualTo(digestOf(ba));
        assertThat(digestOf(ab)).isNotEqualTo(digestOf(Map.of("top_k", 6, "threshold", 0.25)));
    }

    @Test
    void oneFlippedBitInALargeTensor_givesADifferentKey() {
        float[] tensor = new float[150_528];
        for (int i = 0; i < tensor.length; i++) {
            tensor[i] = i * 1e-5f;
        }
        float[] flipped = tensor.clone();
        flipped[100_000] = Float.intBitsToFloat(Float.floatToRawIntBits(flipped[100_000]) ^ 1);

        assertThat(digestOf(tensor)).isNotEqualTo(digestOf(flipped));
    }

    /** Pinned like the XXH3 golden values: SHA-256 keys must be the same in every JVM and release. */
    @Nested
    final class GoldenValues {

        @Test
        void floatTensor_matchesTheLayoutSpelledOut() throws Exception {
            byte[] want = expected(TypeTag.FLOAT_ARRAY, 3, b -> b.putFloat(1f).putFloat(2f).putFloat(3f), 12);

            assertThat(digestOf(new float[] {1f, 2f, 3f})).isEqualTo(want);
            // also computed in Python: hashlib.sha256(bytes([28]) + pack('<i', 1) + bytes([22]) + pack('<i', 3)
            // + pack('<3f', 1, 2, 3)).hexdigest()
            assertThat(HexFormat.of().formatHex(want))
                    .isEqualTo("f5261dfa245c26a669c7e3c3f07e554bf33d8e2db65bc1fadcb76e09a1d95940");
        }

        @Test
        void chineseText() throws Exception {
            byte[] utf16le = "手机壳".getBytes(StandardCharsets.UTF_16LE);
            byte[] want = expected(TypeTag.TEXT, 3, b -> b.put(utf16le), utf16le.length);

            assertThat(digestOf("手机壳")).isEqualTo(want);
        }

        @Test
        void severalArguments() {
            assertThat(HexFormat.of().formatHex(digestOf("query", 42, null, new long[] {7L, 8L},
                    List.of("a", "b"), Map.of("k", 1.5f))))
                    .isEqualTo("066c92d95af5425f1bf853c56a061211e52e992c15355c4b3c569082fb9a5969");
        }
    }
}
