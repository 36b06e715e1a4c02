package io.cachedinference.interceptor.internal.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cachedinference.api.ArgumentKeyer;
import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.KeyDigest;
import io.cachedinference.api.KeySink;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The built-in key delegates values of application types to their {@link ArgumentKeyer}. */
final class ArgumentKeyerTest {

    private static final String NS = "vision/detector/2";

    /** An application tensor: a shape and a window of a larger buffer. */
    static class Tensor {
        final int[] shape;
        final float[] data;
        final int offset;
        final Object device = new Object();

        Tensor(int[] shape, float[] data, int offset) {
            this.shape = shape;
            this.data = data;
            this.offset = offset;
        }

        int size() {
            return Arrays.stream(shape).reduce(1, (a, b) -> a * b);
        }
    }

    static final class GpuTensor extends Tensor {
        GpuTensor(int[] shape, float[] data) {
            super(shape, data, 0);
        }
    }

    static final class TensorKeyer implements ArgumentKeyer<Tensor> {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public Class<Tensor> type() {
            return Tensor.class;
        }

        @Override
        public void write(Tensor t, KeySink sink) {
            calls.incrementAndGet();
            sink.putInts(t.shape).putFloats(t.data, t.offset, t.size());
        }
    }

    interface Message {
        byte[] toByteArray();
    }

    record Proto(byte[] bytes) {
    }

    static final class Greeting implements Message {
        private final String text;

        Greeting(String text) {
            this.text = text;
        }

        @Override
        public byte[] toByteArray() {
            return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    static final class MessageKeyer implements ArgumentKeyer<Message> {
        @Override
        public Class<Message> type() {
            return Message.class;
        }

        @Override
        public void write(Message m, KeySink sink) {
            sink.putBytes(m.toByteArray());
        }
    }

    private final TensorKeyer tensorKeyer = new TensorKeyer();
    private final ContentKeyGenerator generator =
            new ContentKeyGenerator(KeyDigest.XXH3_128, Keyers.of(List.of(tensorKeyer, new MessageKeyer())));

    private InferenceKey keyOf(Object... arguments) {
        return generator.generate(NS, arguments);
    }

    private static Tensor tensor(float... values) {
        return new Tensor(new int[] {values.length}, values.clone(), 0);
    }

    @Test
    void equalContent_givesEqualKeys_whateverTheIdentityOfTheirFields() {
        assertThat(keyOf(tensor(1, 2, 3))).isEqualTo(keyOf(tensor(1, 2, 3)));
    }

    @Test
    void oneChangedElement_givesADifferentKey() {
        assertThat(keyOf(tensor(1, 2, 3))).isNotEqualTo(keyOf(tensor(1, 2, 4)));
    }

    @Test
    void aWindowOfALargerBuffer_keysLikeTheWindowAlone() {
        Tensor window = new Tensor(new int[] {2, 2}, new float[] {9, 9, 1, 2, 3, 4, 9}, 2);

        assertThat(keyOf(window)).isEqualTo(keyOf(new Tensor(new int[] {2, 2}, new float[] {1, 2, 3, 4}, 0)));
        assertThat(keyOf(window)).isNotEqualTo(keyOf(new Tensor(new int[] {4}, new float[] {1, 2, 3, 4}, 0)));
    }

    @Test
    void subclass_usesItsSuperclassKeyer_andKeysLikeIt() {
        assertThat(keyOf(new GpuTensor(new int[] {2}, new float[] {1, 2})))
                .isEqualTo(keyOf(new Tensor(new int[] {2}, new float[] {1, 2}, 0)));
    }

    @Test
    void implementationOfAnInterface_usesTheInterfaceKeyer() {
        assertThat(keyOf(new Greeting("hi"))).isEqualTo(keyOf(new Greeting("hi")));
        assertThat(keyOf(new Greeting("hi"))).isNotEqualTo(keyOf(new Greeting("ho")));
    }

    @Test
    void valuesOfTwoKeyers_withTheSameWrittenContent_giveDifferentKeys() {
        ArgumentKeyer<Message> asTensor = new ArgumentKeyer<>() {
            @Override
            public Class<Message> type() {
                return Message.class;
            }

            @Override
            public void write(Message m, KeySink sink) {
                sink.putInts(new int[] {1}).putFloats(new float[] {5});
            }
        };
        ContentKeyGenerator g = new ContentKeyGenerator(KeyDigest.XXH3_128, Keyers.of(List.of(tensorKeyer, asTensor)));

        assertThat(g.generate(NS, new Object[] {new Greeting("x")}))
                .isNotEqualTo(g.generate(NS, new Object[] {tensor(5)}));
    }

    @Test
    void keyedContent_neverRunsIntoTheNextArgument() {
        // without an end mark, [tensor(1), 2.0f] and [tensor(1, 2)] could be the same stream of puts
        Tensor one = new Tensor(new int[] {1}, new float[] {1}, 0);
        assertThat(keyOf(List.of(one, 2f))).isNotEqualTo(keyOf(List.of(new Tensor(new int[] {1}, new float[] {1}, 0))));
        assertThat(keyOf(one, "a")).isNotEqualTo(keyOf(one));
    }

    @Test
    void keyedValuesNestedInCollectionsAndRecords_areKeyed() {
        record Batch(String name, List<Tensor> tensors) {
        }

        assertThat(keyOf(new Batch("b", List.of(tensor(1), tensor(2)))))
                .isEqualTo(keyOf(new Batch("b", List.of(tensor(1), tensor(2)))));
        assertThat(keyOf(Map.of("input", tensor(1)))).isNotEqualTo(keyOf(Map.of("input", tensor(2))));
    }

    @Test
    void builtInTypes_neverReachAKeyer_evenOneForObject() {
        AtomicInteger asked = new AtomicInteger();
        ArgumentKeyer<Object> everything = new ArgumentKeyer<>() {
            @Override
            public Class<Object> type() {
                return Object.class;
            }

            @Override
            public void write(Object value, KeySink sink) {
                asked.incrementAndGet();
                sink.putString(value.getClass().getName());
            }
        };
        ContentKeyGenerator withObjectKeyer = new ContentKeyGenerator(KeyDigest.XXH3_128, Keyers.of(List.of(everything)));
        Object[] builtIns = {new float[] {1}, "text", 7, List.of("a"), Map.of("k", 1), ByteBuffer.wrap(new byte[2]),
            new Proto(new byte[] {1})};

        assertThat(withObjectKeyer.generate(NS, builtIns)).isEqualTo(new ContentKeyGenerator().generate(NS, builtIns));
        assertThat(asked).hasValue(0);
        withObjectKeyer.generate(NS, new Object[] {new Object()});
        assertThat(asked).hasValue(1);
    }

    @Test
    void eachPut_keysLikeTheValueItWrites() {
        float[] floats = {1, 2, 3, 4, 5};
        byte[] bytes = {1, 2, 3, 4, 5};
        ArgumentKeyer<Tensor> puts = keyer(Tensor.class, (t, sink) -> sink.putBoolean(true).putInt(1).putLong(2L)
                .putFloat(3f).putDouble(4d).putString("s").putBytes(bytes).putBytes(bytes, 1, 3)
                .putBytes(ByteBuffer.wrap(bytes)).putInts(new int[] {6}).putLongs(new long[] {7})
                .putFloats(floats).putFloats(floats, 1, 3).putDoubles(new double[] {8}).putValue(List.of("v"))
                .putString(null));
        ArgumentKeyer<Tensor> values = keyer(Tensor.class, (t, sink) -> sink.putValue(true).putValue(1).putValue(2L)
                .putValue(3f).putValue(4d).putValue("s").putValue(bytes).putValue(new byte[] {2, 3, 4})
                .putValue(ByteBuffer.wrap(bytes)).putValue(new int[] {6}).putValue(new long[] {7})
                .putValue(floats).putValue(new float[] {2, 3, 4}).putValue(new double[] {8}).putValue(List.of("v"))
                .putValue(null));
        Tensor t = tensor(0);

        assertThat(new ContentKeyGenerator(KeyDigest.XXH3_128, Keyers.of(List.of(puts))).generate(NS, new Object[] {t}))
                .isEqualTo(new ContentKeyGenerator(KeyDigest.XXH3_128, Keyers.of(List.of(values)))
                        .generate(NS, new Object[] {t}));
    }

    @Test
    void keyerThatPutsItsOwnValue_isRejectedAsACycle() {
        ArgumentKeyer<Tensor> looping = keyer(Tensor.class, (t, sink) -> sink.putValue(t));
        ContentKeyGenerator g = new ContentKeyGenerator(KeyDigest.XXH3_128, Keyers.of(List.of(looping)));

        assertThatThrownBy(() -> g.generate(NS, new Object[] {tensor(1)}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contains itself");
    }

    @Test
    void valueWithoutAKeyer_isStillRejectedNamingItsClass() {
        assertThatThrownBy(() -> keyOf(new Object()))
                .isInstanceOf(UnkeyableValueException.class).hasMessageContaining("java.lang.Object");
    }

    @Test
    void keyabilityAtDeployment_acceptsKeyedTypes_theirSubtypes_andContainersOfThem() throws Exception {
        record WithTensor(String id, Tensor input) {
        }
        Keyers keyers = Keyers.of(List.of(tensorKeyer));

        assertThat(Keyability.reasonUnkeyable(Tensor.class, keyers)).isEmpty();
        assertThat(Keyability.reasonUnkeyable(GpuTensor.class, keyers)).isEmpty();
        assertThat(Keyability.reasonUnkeyable(WithTensor.class, keyers)).isEmpty();
        assertThat(Keyability.reasonUnkeyable(Holder.class.getDeclaredField("tensors").getGenericType(), keyers)).isEmpty();
        assertThat(Keyability.reasonUnkeyable(Tensor.class)).get().asString()
                .contains(Tensor.class.getName()).contains("no ArgumentKeyer");
        assertThat(Keyability.reasonUnkeyable(Message.class, keyers)).isPresent();
    }

    @SuppressWarnings("unused")
    private static final class Holder {
        List<Tensor> tensors;
    }

    @Test
    void keyedValue_goldenDigest() {
        // pins the KEYED layout: [KEYED][type name][puts...][END]; renaming Tensor changes it on purpose
        assertThat(HexFormat.of().formatHex(keyOf(new Tensor(new int[] {1, 3}, new float[] {1f, 2f, 3f}, 0)).digest()))
                .isEqualTo("3523ad4495bd5adc8624bd76460e6214");
    }

    private static <T> ArgumentKeyer<T> keyer(Class<T> type, java.util.function.BiConsumer<T, KeySink> body) {
        return new ArgumentKeyer<>() {
            @Override
            public Class<T> type() {
                return type;
            }

            @Override
            public void write(T value, KeySink sink) {
                body.accept(value, sink);
            }
        };
    }
}
