package io.cachedinference.interceptor.internal.key;

import io.cachedinference.api.ArgumentKeyer;
import io.cachedinference.api.KeySink;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Writes one argument's content, tagged by type, into a {@link DigestSink}; also the
 * {@link KeySink} that {@link ArgumentKeyer}s write into.
 *
 * <p>Design notes: large values (primitive arrays, buffers, text) go to the sink as a length and a
 * content body, which the XXH3 sink hashes on its own straight from the heap, so the cost is one
 * pass over the data. Maps and sets digest each entry on its own and sort the entry digests, which
 * makes the digest independent of iteration order, as the seed's {@code params_hash} sorts its
 * items. Keyers are looked up only after every built-in rule has failed, so built-in types never pay
 * for them. Cycles are rejected rather than followed forever.
 */
final class ValueWriter implements KeySink {

    private final DigestSink sink;
    private final Keyers keyers;
    private IdentityHashMap<Object, Boolean> inProgress;

    ValueWriter(DigestSink sink, Keyers keyers) {
        this.sink = sink;
        this.keyers = keyers;
    }

    void write(Object v) {
        if (v == null) {
            sink.putByte(TypeTag.NULL);
        } else if (v instanceof float[]) {
            float[] a = (float[]) v;
            sink.putByte(TypeTag.FLOAT_ARRAY);
            sink.floats(a, 0, a.length);
        } else if (v instanceof String) {
            text((String) v);
        } else if (v instanceof Integer) {
            sink.putByte(TypeTag.INT);
            sink.putInt((Integer) v);
        } else if (v instanceof Long) {
            sink.putByte(TypeTag.LONG);
            sink.putLong((Long) v);
        } else if (v instanceof Float) {
            sink.putByte(TypeTag.FLOAT);
            sink.putInt(Float.floatToRawIntBits((Float) v));
        } else if (v instanceof Double) {
            sink.putByte(TypeTag.DOUBLE);
            sink.putLong(Double.doubleToRawLongBits((Double) v));
        } else if (v instanceof Boolean) {
            sink.putByte(TypeTag.BOOLEAN);
            sink.putByte((byte) ((Boolean) v ? 1 : 0));
        } else if (v instanceof Enum) {
            Enum<?> e = (Enum<?>) v;
            sink.putByte(TypeTag.ENUM);
            sink.text(e.getDeclaringClass().getName());
            sink.text(e.name());
        } else if (v.getClass().isArray()) {
            otherArray(v);
        } else if (v instanceof ByteBuffer) {
            sink.putByte(TypeTag.BYTE_BUFFER);
            sink.remaining((ByteBuffer) v);
        } else if (v instanceof CharSequence) {
            text((CharSequence) v);
        } else if (v instanceof Byte) {
            sink.putByte(TypeTag.BYTE);
            sink.putByte((Byte) v);
        } else if (v instanceof Short) {
            sink.putByte(TypeTag.SHORT);
            sink.putInt((Short) v);
        } else if (v instanceof Character) {
            sink.putByte(TypeTag.CHAR);
            sink.putInt((Character) v);
        } else if (v instanceof BigInteger) {
            sink.putByte(TypeTag.BIG_INTEGER);
            bytesBody(((BigInteger) v).toByteArray());
        } else if (v instanceof BigDecimal) {
            BigDecimal d = (BigDecimal) v;
            sink.putByte(TypeTag.BIG_DECIMAL);
            sink.putInt(d.scale());
            bytesBody(d.unscaledValue().toByteArray());
        } else if (v instanceof UUID) {
            UUID u = (UUID) v;
            sink.putByte(TypeTag.UUID);
            sink.putLong(u.getMostSignificantBits());
            sink.putLong(u.getLeastSignificantBits());
        } else if (v instanceof Record) {
            nested(v, () -> record((Record) v));
        } else if (v instanceof Map) {
            nested(v, () -> unordered(TypeTag.MAP, ((Map<?, ?>) v).entrySet(), true));
        } else if (v instanceof Set) {
            nested(v, () -> unordered(TypeTag.SET, (Set<?>) v, false));
        } else if (v instanceof Collection) {
            nested(v, () -> ordered((Collection<?>) v));
        } else {
            ArgumentKeyer<?> keyer = keyers.find(v.getClass());
            if (keyer == null) {
                throw new UnkeyableValueException(v.getClass());
            }
            nested(v, () -> keyed(keyer, v));
        }
    }

    private void text(CharSequence s) {
        sink.putByte(TypeTag.TEXT);
        sink.text(s);
    }

    private void bytesBody(byte[] b) {
        sink.putInt(b.length);
        sink.putBytes(b);
    }

    private void otherArray(Object v) {
        if (v instanceof double[]) {
            sink.putByte(TypeTag.DOUBLE_ARRAY);
            sink.doubles((double[]) v);
        } else if (v instanceof byte[]) {
            byte[] a = (byte[]) v;
            sink.putByte(TypeTag.BYTE_ARRAY);
            sink.bytes(a, 0, a.length);
        } else if (v instanceof int[]) {
            sink.putByte(TypeTag.INT_ARRAY);
            sink.ints((int[]) v);
        } else if (v instanceof long[]) {
            sink.putByte(TypeTag.LONG_ARRAY);
            sink.longs((long[]) v);
        } else if (v instanceof short[]) {
            sink.putByte(TypeTag.SHORT_ARRAY);
            sink.shorts((short[]) v);
        } else if (v instanceof char[]) {
            sink.putByte(TypeTag.CHAR_ARRAY);
            sink.chars((char[]) v);
        } else if (v instanceof boolean[]) {
            sink.putByte(TypeTag.BOOLEAN_ARRAY);
            sink.booleans((boolean[]) v);
        } else {
            Object[] a = (Object[]) v;
            nested(v, () -> {
                sink.putByte(TypeTag.OBJECT_ARRAY);
                sink.putInt(a.length);
                for (Object e : a) {
                    write(e);
                }
            });
        }
    }

    private void record(Record r) {
        RecordComponentReader reader = RecordComponentReader.of(r.getClass());
        sink.putByte(TypeTag.RECORD);
        sink.text(r.getClass().getName());
        RecordComponent[] components = reader.components();
        sink.putInt(components.length);
        for (int i = 0; i < components.length; i++) {
            write(reader.read(r, i));
        }
    }

    private void ordered(Collection<?> c) {
        sink.putByte(TypeTag.LIST);
        sink.putInt(c.size());
        for (Object e : c) {
            write(e);
        }
    }

    private void unordered(byte tag, Collection<?> elements, boolean entries) {
        List<byte[]> digests = new ArrayList<>(elements.size());
        for (Object e : elements) {
            DigestSink own = sink.fresh();
            ValueWriter writer = new ValueWriter(own, keyers);
            writer.inProgress = inProgress;
            if (entries) {
                Map.Entry<?, ?> entry = (Map.Entry<?, ?>) e;
                writer.write(entry.getKey());
                writer.write(entry.getValue());
            } else {
                writer.write(e);
            }
            digests.add(own.digest());
        }
        digests.sort(Arrays::compareUnsigned);
        sink.putByte(tag);
        sink.putInt(digests.size());
        for (byte[] d : digests) {
            sink.putBytes(d);
        }
    }

    /** A value of the application's own type: the keyer's type name, what the keyer writes, an end mark. */
    private void keyed(ArgumentKeyer<?> keyer, Object v) {
        sink.putByte(TypeTag.KEYED);
        sink.text(keyer.type().getName());
        writeWith(keyer, v);
        sink.putByte(TypeTag.END);
    }

    private <T> void writeWith(ArgumentKeyer<T> keyer, Object v) {
        keyer.write(keyer.type().cast(v), this);
    }

    private void nested(Object container, Runnable body) {
        if (inProgress == null) {
            inProgress = new IdentityHashMap<>();
        }
        if (inProgress.put(container, Boolean.TRUE) != null) {
            throw new IllegalArgumentException("Cannot key a " + container.getClass().getName()
                    + " that contains itself; keys are derived from content, which must be finite");
        }
        try {
            body.run();
        } finally {
            inProgress.remove(container);
        }
    }

    // KeySink: each put is tagged exactly as write() tags a value of that type

    @Override
    public KeySink putBoolean(boolean value) {
        sink.putByte(TypeTag.BOOLEAN);
        sink.putByte((byte) (value ? 1 : 0));
        return this;
    }

    @Override
    public KeySink putInt(int value) {
        sink.putByte(TypeTag.INT);
        sink.putInt(value);
        return this;
    }

    @Override
    public KeySink putLong(long value) {
        sink.putByte(TypeTag.LONG);
        sink.putLong(value);
        return this;
    }

    @Override
    public KeySink putFloat(float value) {
        sink.putByte(TypeTag.FLOAT);
        sink.putInt(Float.floatToRawIntBits(value));
        return this;
    }

    @Override
    public KeySink putDouble(double value) {
        sink.putByte(TypeTag.DOUBLE);
        sink.putLong(Double.doubleToRawLongBits(value));
        return this;
    }

    @Override
    public KeySink putString(CharSequence value) {
        write(value);
        return this;
    }

    @Override
    public KeySink putBytes(byte[] values) {
        write(values);
        return this;
    }

    @Override
    public KeySink putBytes(byte[] values, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, values.length);
        sink.putByte(TypeTag.BYTE_ARRAY);
        sink.bytes(values, offset, length);
        return this;
    }

    @Override
    public KeySink putBytes(ByteBuffer values) {
        write(values);
        return this;
    }

    @Override
    public KeySink putInts(int[] values) {
        write(values);
        return this;
    }

    @Override
    public KeySink putLongs(long[] values) {
        write(values);
        return this;
    }

    @Override
    public KeySink putFloats(float[] values) {
        write(values);
        return this;
    }

    @Override
    public KeySink putFloats(float[] values, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, values.length);
        sink.putByte(TypeTag.FLOAT_ARRAY);
        sink.floats(values, offset, length);
        return this;
    }

    @Override
    public KeySink putDoubles(double[] values) {
        write(values);
        return this;
    }

    @Override
    public KeySink putValue(Object value) {
        write(value);
        return this;
    }
}
