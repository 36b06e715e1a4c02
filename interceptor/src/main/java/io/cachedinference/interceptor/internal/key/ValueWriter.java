package io.cachedinference.interceptor.internal.key;

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
import java.util.Set;
import java.util.UUID;

/**
 * Writes one argument's content, tagged by type, into a {@link DigestSink}.
 *
 * <p>Design notes: large values (primitive arrays, buffers, text) are hashed on their own with
 * XXH3-128 straight from the heap and only their length and 16-byte hash enter the sink, so the
 * cost is one pass over the data. Maps and sets hash each entry on its own and sort the entry
 * hashes, which makes the digest independent of iteration order, as the seed's {@code params_hash}
 * sorts its items. Cycles are rejected rather than followed forever.
 */
final class ValueWriter {

    private final DigestSink sink;
    private IdentityHashMap<Object, Boolean> inProgress;

    ValueWriter(DigestSink sink) {
        this.sink = sink;
    }

    void write(Object v) {
        if (v == null) {
            sink.putByte(TypeTag.NULL);
        } else if (v instanceof float[]) {
            float[] a = (float[]) v;
            ArrayHasher.floats(a, sink.scratch());
            array(TypeTag.FLOAT_ARRAY, a.length);
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
            textBody(e.getDeclaringClass().getName());
            textBody(e.name());
        } else if (v.getClass().isArray()) {
            otherArray(v);
        } else if (v instanceof ByteBuffer) {
            ByteBuffer b = (ByteBuffer) v;
            ArrayHasher.remaining(b, sink.scratch());
            array(TypeTag.BYTE_BUFFER, b.remaining());
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
            throw new UnkeyableValueException(v.getClass());
        }
    }

    private void array(byte tag, int length) {
        sink.putByte(tag);
        sink.putInt(length);
        sink.putScratch();
    }

    private void text(CharSequence s) {
        sink.putByte(TypeTag.TEXT);
        textBody(s);
    }

    private void textBody(CharSequence s) {
        ArrayHasher.text(s, sink.scratch());
        sink.putInt(s.length());
        sink.putScratch();
    }

    private void bytesBody(byte[] b) {
        sink.putInt(b.length);
        sink.putBytes(b);
    }

    private void otherArray(Object v) {
        long[] h = sink.scratch();
        if (v instanceof double[]) {
            double[] a = (double[]) v;
            ArrayHasher.doubles(a, h);
            array(TypeTag.DOUBLE_ARRAY, a.length);
        } else if (v instanceof byte[]) {
            byte[] a = (byte[]) v;
            ArrayHasher.bytes(a, h);
            array(TypeTag.BYTE_ARRAY, a.length);
        } else if (v instanceof int[]) {
            int[] a = (int[]) v;
            ArrayHasher.ints(a, h);
            array(TypeTag.INT_ARRAY, a.length);
        } else if (v instanceof long[]) {
            long[] a = (long[]) v;
            ArrayHasher.longs(a, h);
            array(TypeTag.LONG_ARRAY, a.length);
        } else if (v instanceof short[]) {
            short[] a = (short[]) v;
            ArrayHasher.shorts(a, h);
            array(TypeTag.SHORT_ARRAY, a.length);
        } else if (v instanceof char[]) {
            char[] a = (char[]) v;
            ArrayHasher.chars(a, h);
            array(TypeTag.CHAR_ARRAY, a.length);
        } else if (v instanceof boolean[]) {
            boolean[] a = (boolean[]) v;
            ArrayHasher.booleans(a, h);
            array(TypeTag.BOOLEAN_ARRAY, a.length);
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
        textBody(r.getClass().getName());
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
            DigestSink own = new DigestSink();
            ValueWriter writer = new ValueWriter(own);
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
}
