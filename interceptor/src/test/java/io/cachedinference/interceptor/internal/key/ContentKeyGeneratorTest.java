package io.cachedinference.interceptor.internal.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cachedinference.api.InferenceKey;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import net.openhft.hashing.LongTupleHashFunction;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class ContentKeyGeneratorTest {

    private static final String NS = "recommend/two-tower/3";

    private final ContentKeyGenerator generator = new ContentKeyGenerator();

    private InferenceKey key(Object... arguments) {
        return generator.generate(NS, arguments);
    }

    private InferenceKey keyOf(Object argument) {
        return generator.generate(NS, new Object[] {argument});
    }

    private static String hex(InferenceKey key) {
        return HexFormat.of().formatHex(key.digest());
    }

    /** Each row: a type name, a factory for a fresh array, and a factory for one with one element changed. */
    static Stream<Arguments> primitiveArrays() {
        return Stream.of(
                row("boolean[]", () -> new boolean[] {true, false, true}, () -> new boolean[] {true, true, true}),
                row("byte[]", () -> new byte[] {1, 2, 3}, () -> new byte[] {1, 2, 4}),
                row("short[]", () -> new short[] {1, 2, 3}, () -> new short[] {1, 2, 4}),
                row("char[]", () -> new char[] {'a', 'b', 'c'}, () -> new char[] {'a', 'b', 'd'}),
                row("int[]", () -> new int[] {1, 2, 3}, () -> new int[] {1, 2, 4}),
                row("long[]", () -> new long[] {1, 2, 3}, () -> new long[] {1, 2, 4}),
                row("float[]", () -> new float[] {1f, 2f, 3f}, () -> new float[] {1f, 2f, 3.5f}),
                row("double[]", () -> new double[] {1d, 2d, 3d}, () -> new double[] {1d, 2d, 3.5d}));
    }

    private static Arguments row(String type, Supplier<Object> original, Supplier<Object> changed) {
        return Arguments.of(type, original, changed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("primitiveArrays")
    void equalContentInDistinctArrays_givesEqualKeys(String type, Supplier<Object> original, Supplier<Object> changed) {
        Object a = original.get();
        Object b = original.get();
        assertThat(a).isNotSameAs(b);

        assertThat(keyOf(a)).isEqualTo(keyOf(b));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("primitiveArrays")
    void oneChangedElement_givesADifferentKey(String type, Supplier<Object> original, Supplier<Object> changed) {
        assertThat(keyOf(original.get())).isNotEqualTo(keyOf(changed.get()));
    }

    @Test
    void singleFlippedBitInAFloat_givesADifferentKey() {
        float[] tensor = new float[1024];
        for (int i = 0; i < tensor.length; i++) {
            tensor[i] = i * 0.001f;
        }
        float[] flipped = tensor.clone();
        flipped[517] = Float.intBitsToFloat(Float.floatToRawIntBits(flipped[517]) ^ 1);

        assertThat(keyOf(tensor)).isNotEqualTo(keyOf(flipped));
    }

    @Test
    void floatAndIntArraysWithTheSameBits_giveDifferentKeys() {
        float[] floats = {1f, -2.5f, 3e-7f};
        int[] ints = new int[floats.length];
        for (int i = 0; i < floats.length; i++) {
            ints[i] = Float.floatToRawIntBits(floats[i]);
        }

        assertThat(keyOf(floats)).isNotEqualTo(keyOf(ints));
    }

    @Test
    void doubleAndLongArraysWithTheSameBits_giveDifferentKeys() {
        double[] doubles = {1d, -2.5d};
        long[] longs = {Double.doubleToRawLongBits(1d), Double.doubleToRawLongBits(-2.5d)};

        assertThat(keyOf(doubles)).isNotEqualTo(keyOf(longs));
    }

    @Test
    void emptyArraysOfDifferentTypes_giveDifferentKeys() {
        assertThat(keyOf(new float[0])).isNotEqualTo(keyOf(new int[0]));
        assertThat(keyOf(new byte[0])).isNotEqualTo(keyOf(new boolean[0]));
    }

    @Test
    void positiveAndNegativeZero_giveDifferentKeys() {
        // keyed by bit pattern, like the seed's tobytes(): 0.0f and -0.0f are different inputs
        assertThat(keyOf(new float[] {0.0f})).isNotEqualTo(keyOf(new float[] {-0.0f}));
        assertThat(keyOf(0.0f)).isNotEqualTo(keyOf(-0.0f));
        assertThat(keyOf(new double[] {0.0d})).isNotEqualTo(keyOf(new double[] {-0.0d}));
    }

    @Test
    void boxedValuesOfDifferentTypes_giveDifferentKeys() {
        assertThat(keyOf(1)).isNotEqualTo(keyOf(1L));
        assertThat(keyOf(1)).isNotEqualTo(keyOf((short) 1));
        assertThat(keyOf(1f)).isNotEqualTo(keyOf(Float.floatToRawIntBits(1f)));
    }

    @Test
    void bigDecimals_areKeyedByValueAndScale() {
        assertThat(keyOf(new BigDecimal("1.50"))).isEqualTo(keyOf(new BigDecimal("1.50")));
        assertThat(keyOf(new BigDecimal("1.5"))).isNotEqualTo(keyOf(new BigDecimal("1.50")));
    }

    @Test
    void charSequencesWithTheSameChars_giveEqualKeys() {
        assertThat(keyOf(new StringBuilder("手机壳 推荐"))).isEqualTo(keyOf("手机壳 推荐"));
        assertThat(keyOf(new StringBuilder("phone case"))).isEqualTo(keyOf("phone case"));
    }

    @Nested
    final class ByteBuffers {

        private final byte[] bytes = {10, 11, 12, 13, 14, 15, 16, 17, 18, 19};

        @Test
        void heapBuffer_isKeyedFromPositionToLimit() {
            ByteBuffer window = ByteBuffer.wrap(bytes).position(2).limit(7);

            assertThat(keyOf(window)).isEqualTo(keyOf(ByteBuffer.wrap(new byte[] {12, 13, 14, 15, 16})));
            assertThat(keyOf(window)).isNotEqualTo(keyOf(ByteBuffer.wrap(bytes)));
        }

        @Test
        void bytesOutsidePositionToLimit_doNotChangeTheKey() {
            byte[] other = bytes.clone();
            other[0] = 99;
            other[9] = 99;

            assertThat(keyOf(ByteBuffer.wrap(other).position(2).limit(7)))
                    .isEqualTo(keyOf(ByteBuffer.wrap(bytes).position(2).limit(7)));
        }

        @Test
        void sliceWithAnArrayOffset_isKeyedByItsOwnBytes() {
            ByteBuffer slice = ByteBuffer.wrap(bytes).position(3).slice();
            assertThat(slice.arrayOffset()).isEqualTo(3);

            assertThat(keyOf(slice)).isEqualTo(keyOf(ByteBuffer.wrap(new byte[] {13, 14, 15, 16, 17, 18, 19})));
            assertThat(keyOf(slice.position(1))).isEqualTo(keyOf(ByteBuffer.wrap(new byte[] {14, 15, 16, 17, 18, 19})));
        }

        @Test
        void keying_doesNotMoveThePositionOrLimit() {
            ByteBuffer buffer = ByteBuffer.wrap(bytes).position(2).limit(7);

            keyOf(buffer);

            assertThat(buffer.position()).isEqualTo(2);
            assertThat(buffer.limit()).isEqualTo(7);
        }

        /**
         * Regression: keying any buffer without an accessible array (direct, read-only) threw
         * {@code IllegalAccessError} on Java 17, because zero-allocation-hashing's
         * {@code hashBytes(ByteBuffer)} touches {@code sun.nio.ch.DirectBuffer}, which java.base does not
         * export. Such buffers are now read through their own getters.
         */
        @Test
        void directBufferWithTheSameBytes_keysLikeTheHeapBuffer() {
            ByteBuffer direct = ByteBuffer.allocateDirect(bytes.length).put(bytes).position(2).limit(7);

            assertThat(keyOf(direct)).isEqualTo(keyOf(ByteBuffer.wrap(bytes).position(2).limit(7)));
            assertThat(direct.position()).isEqualTo(2);
            assertThat(direct.limit()).isEqualTo(7);
        }

        @Test
        void directBufferOfATensor_keysLikeTheHeapBufferWhateverItsByteOrder() {
            byte[] tensor = new byte[4099];
            new java.util.Random(7).nextBytes(tensor);
            ByteBuffer direct = ByteBuffer.allocateDirect(tensor.length).put(tensor).flip();

            InferenceKey heap = keyOf(ByteBuffer.wrap(tensor));
            assertThat(keyOf(direct)).isEqualTo(heap);
            assertThat(keyOf(direct.duplicate().order(ByteOrder.LITTLE_ENDIAN))).isEqualTo(heap);
        }

        @Test
        void readOnlyBuffer_keysLikeTheWritableOne() {
            ByteBuffer writable = ByteBuffer.wrap(bytes).position(1).limit(9);

            assertThat(keyOf(writable.asReadOnlyBuffer())).isEqualTo(keyOf(writable));
        }

        @Test
        void bufferAndByteArrayWithTheSameBytes_giveDifferentKeys() {
            assertThat(keyOf(ByteBuffer.wrap(bytes))).isNotEqualTo(keyOf(bytes));
        }
    }

    @Nested
    final class Collections {

        @Test
        void mapKey_isIndependentOfInsertionOrderAndMapType() {
            Map<String, Object> ab = new LinkedHashMap<>();
            ab.put("top_k", 5);
            ab.put("model", "bge-small");
            ab.put("threshold", 0.25);
            Map<String, Object> ba = new LinkedHashMap<>();
            ba.put("threshold", 0.25);
            ba.put("model", "bge-small");
            ba.put("top_k", 5);
            assertThat(List.copyOf(ab.keySet())).isNotEqualTo(List.copyOf(ba.keySet()));

            InferenceKey expected = keyOf(ab);
            assertThat(keyOf(ba)).isEqualTo(expected);
            assertThat(keyOf(new HashMap<>(ab))).isEqualTo(expected);
            assertThat(keyOf(new TreeMap<>(ab))).isEqualTo(expected);
            assertThat(keyOf(Map.copyOf(ab))).isEqualTo(expected);
        }

        @Test
        void mapsWithSwappedValues_giveDifferentKeys() {
            assertThat(keyOf(Map.of("a", 1, "b", 2))).isNotEqualTo(keyOf(Map.of("a", 2, "b", 1)));
        }

        @Test
        void mapsWithOneDifferentValue_giveDifferentKeys() {
            assertThat(keyOf(Map.of("top_k", 5))).isNotEqualTo(keyOf(Map.of("top_k", 6)));
        }

        @Test
        void setKey_isIndependentOfOrder() {
            Set<String> forward = new LinkedHashSet<>(List.of("x", "y", "z"));
            Set<String> backward = new LinkedHashSet<>(List.of("z", "y", "x"));

            InferenceKey expected = keyOf(forward);
            assertThat(keyOf(backward)).isEqualTo(expected);
            assertThat(keyOf(new HashSet<>(forward))).isEqualTo(expected);
            assertThat(keyOf(new TreeSet<>(backward))).isEqualTo(expected);
            assertThat(keyOf(Set.of("x", "y"))).isNotEqualTo(expected);
        }

        @Test
        void listKey_dependsOnOrder() {
            assertThat(keyOf(List.of("a", "b"))).isNotEqualTo(keyOf(List.of("b", "a")));
        }

        @Test
        void listsOfDifferentImplementations_withEqualElements_giveEqualKeys() {
            assertThat(keyOf(new ArrayList<>(List.of("a", "b")))).isEqualTo(keyOf(List.of("a", "b")));
        }

        @Test
        void listAndSetWithTheSameElements_giveDifferentKeys() {
            assertThat(keyOf(List.of("a"))).isNotEqualTo(keyOf(Set.of("a")));
        }

        @Test
        void nestedFloatArrays_areKeyedElementByElement() {
            float[][] a = {{1f, 2f}, {3f}};
            float[][] b = {{1f, 2f}, {3f}};
            float[][] changed = {{1f, 2f}, {3.5f}};
            float[][] regrouped = {{1f}, {2f, 3f}};

            assertThat(keyOf(a)).isEqualTo(keyOf(b));
            assertThat(keyOf(a)).isNotEqualTo(keyOf(changed));
            assertThat(keyOf(a)).isNotEqualTo(keyOf(regrouped));
        }

        @Test
        void sameValueReferencedTwice_isNotMistakenForACycle() {
            List<String> shared = List.of("a");
            List<Object> twice = new ArrayList<>();
            twice.add(shared);
            twice.add(shared);

            assertThat(keyOf(twice)).isEqualTo(keyOf(List.of(List.of("a"), List.of("a"))));
        }

        @Test
        void selfContainingList_isRejectedWithAClearMessage() {
            List<Object> list = new ArrayList<>();
            list.add("a");
            list.add(list);

            assertThatThrownBy(() -> keyOf(list))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("java.util.ArrayList")
                    .hasMessageContaining("contains itself");
        }

        @Test
        void selfContainingMap_isRejectedWithAClearMessage() {
            Map<String, Object> map = new HashMap<>();
            map.put("self", map);

            assertThatThrownBy(() -> keyOf(map))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("contains itself");
        }
    }

    private record Point(float x, float y) {
    }

    private record OtherPoint(float x, float y) {
    }

    private record Query(String text, Point at, List<String> tags) {
    }

    private enum Mode {
        FAST, ACCURATE
    }

    @Test
    void equalRecords_giveEqualKeys() {
        assertThat(keyOf(new Point(1f, 2f))).isEqualTo(keyOf(new Point(1f, 2f)));
    }

    @Test
    void recordsWithOneDifferentComponent_giveDifferentKeys() {
        assertThat(keyOf(new Point(1f, 2f))).isNotEqualTo(keyOf(new Point(1f, 2.5f)));
    }

    @Test
    void nestedRecords_areKeyedByComponent() {
        Query a = new Query("手机壳", new Point(1f, 2f), List.of("new"));
        Query b = new Query("手机壳", new Point(1f, 2f), new ArrayList<>(List.of("new")));
        Query innerChanged = new Query("手机壳", new Point(1f, 3f), List.of("new"));

        assertThat(keyOf(a)).isEqualTo(keyOf(b));
        assertThat(keyOf(a)).isNotEqualTo(keyOf(innerChanged));
    }

    @Test
    void recordsOfDifferentTypesWithEqualComponents_giveDifferentKeys() {
        assertThat(keyOf(new Point(1f, 2f))).isNotEqualTo(keyOf(new OtherPoint(1f, 2f)));
    }

    @Test
    void enums_areKeyedByName() {
        assertThat(keyOf(Mode.FAST)).isEqualTo(keyOf(Mode.valueOf("FAST")));
        assertThat(keyOf(Mode.FAST)).isNotEqualTo(keyOf(Mode.ACCURATE));
        assertThat(keyOf(Mode.FAST)).isNotEqualTo(keyOf("FAST"));
    }

    @Test
    void null_isAValueOfItsOwn() {
        assertThat(keyOf(null)).isEqualTo(keyOf(null));
        assertThat(keyOf(null)).isNotEqualTo(keyOf("null"));
        assertThat(keyOf(null)).isNotEqualTo(keyOf(""));
        assertThat(keyOf("null")).isNotEqualTo(keyOf(""));
    }

    @Test
    void positionOfNull_matters() {
        assertThat(key(null, "a")).isNotEqualTo(key("a", null));
    }

    @Test
    void argumentBoundaries_matter() {
        assertThat(key("ab", "c")).isNotEqualTo(key("a", "bc"));
        assertThat(key("a", "b")).isNotEqualTo(keyOf(List.of("a", "b")));
        assertThat(key("a")).isNotEqualTo(key("a", null));
    }

    @Test
    void noArguments_giveOneStableKey() {
        assertThat(key()).isEqualTo(key());
        assertThat(key()).isNotEqualTo(key((Object) null));
    }

    @Test
    void namespace_isCarriedIntoTheKey() {
        InferenceKey v3 = generator.generate("recommend/two-tower/3", new Object[] {"a"});
        InferenceKey v4 = generator.generate("recommend/two-tower/4", new Object[] {"a"});

        assertThat(v3.namespace()).isEqualTo("recommend/two-tower/3");
        assertThat(v3).isNotEqualTo(v4);
        // the namespace separates the keys; the content digest is the same for the same arguments
        assertThat(v3.digest()).isEqualTo(v4.digest());
    }

    @Test
    void plainObjectAtRunTime_isRejectedNamingItsClass() {
        assertThatThrownBy(() -> keyOf(new Object()))
                .isInstanceOfSatisfying(UnkeyableValueException.class,
                        e -> assertThat(e.type()).isEqualTo(Object.class))
                .hasMessageContaining("java.lang.Object");
    }

    @Test
    void threadAtRunTime_isRejectedNamingItsClass() {
        assertThatThrownBy(() -> keyOf(Thread.currentThread()))
                .isInstanceOf(UnkeyableValueException.class)
                .hasMessageContaining("java.lang.Thread");
    }

    @Test
    void unkeyableValueInsideAList_isRejectedNamingItsClass() {
        assertThatThrownBy(() -> keyOf(List.of("a", new StringBuilder("b"), new Object())))
                .isInstanceOf(UnkeyableValueException.class)
                .hasMessageContaining("java.lang.Object");
    }

    /**
     * Golden values, pinned on purpose. A key must be the same in every JVM, on every machine and after
     * every upgrade, because distributed providers (Hazelcast, Infinispan, Redis) share entries between
     * nodes: a change in the hashing scheme, the tags or the byte order would silently turn every
     * existing entry into a miss, or worse, make two nodes disagree. If one of these fails, the key
     * format changed: that needs a deliberate decision (and a new namespace version), not a new value here.
     * The record and enum values include the class name, so renaming these test types changes them too.
     */
    @Nested
    final class GoldenValues {

        @Test
        void floatTensor_matchesTheLittleEndianLayoutSpelledOut() {
            // the same key built by hand from explicit little-endian bytes, independent of the platform's
            // order: [ARGUMENTS][count][FLOAT_ARRAY][length][XXH3-128 of the floats' bytes], then XXH3-128
            LongTupleHashFunction xxh3 = LongTupleHashFunction.xx128();
            ByteBuffer floats = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN).putFloat(1f).putFloat(2f).putFloat(3f);
            long[] content = xxh3.hashBytes(floats.array());
            ByteBuffer sink = ByteBuffer.allocate(26).order(ByteOrder.LITTLE_ENDIAN)
                    .put(TypeTag.ARGUMENTS).putInt(1)
                    .put(TypeTag.FLOAT_ARRAY).putInt(3).putLong(content[0]).putLong(content[1]);
            long[] digest = xxh3.hashBytes(sink.array());
            byte[] expected = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN)
                    .putLong(digest[0]).putLong(digest[1]).array();

            assertThat(keyOf(new float[] {1f, 2f, 3f}).digest()).isEqualTo(expected);
        }

        @Test
        void floatTensor() {
            assertThat(hex(keyOf(new float[] {1f, 2f, 3f}))).isEqualTo("918e62fbacd6c5a5fbabf1c27d09b47f");
        }

        @Test
        void chineseText() {
            assertThat(hex(keyOf("手机壳"))).isEqualTo("713dd40edf32234d6b6e0efff7abbbed");
        }

        @Test
        void parameterMap() {
            assertThat(hex(keyOf(Map.of("top_k", 5, "model", "bge-small", "threshold", 0.25))))
                    .isEqualTo("f2e7ee9ff364f714d9ffb775a1bc02aa");
        }

        @Test
        void nestedRecord() {
            assertThat(hex(keyOf(new Query("手机壳 推荐", new Point(0.5f, -1f), List.of("a", "b")))))
                    .isEqualTo("8bb1e755b3fc126e963e46f93517d4a9");
        }

        @Test
        void heapByteBuffer() {
            assertThat(hex(keyOf(ByteBuffer.wrap(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9}).position(1))))
                    .isEqualTo("a2813437db3fc9cd9690c296b2b3fa2a");
        }

        @Test
        void severalArguments() {
            assertThat(hex(key("query", 42, null, new long[] {7L, 8L}, Mode.ACCURATE)))
                    .isEqualTo("9ed600d58170b6dea0d159815b0171ec");
        }
    }
}
