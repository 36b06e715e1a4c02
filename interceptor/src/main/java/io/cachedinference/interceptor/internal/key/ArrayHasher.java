package io.cachedinference.interceptor.internal.key;

import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import net.openhft.hashing.Access;
import net.openhft.hashing.LongTupleHashFunction;

/**
 * XXH3-128 of primitive arrays straight from the Java heap, with no copy to a {@code byte[]}.
 *
 * <p>Floats and doubles are hashed by bit pattern. The arrays are read in the platform's byte order,
 * which is little-endian on every platform we support (x86-64, AArch64); golden-value tests pin it.
 */
final class ArrayHasher {

    static final LongTupleHashFunction XXH3_128 = LongTupleHashFunction.xx128();

    private static final Access<Object> HEAP = Access.unsafe();
    private static final Access<ByteBuffer> BUFFER = Access.toByteBuffer();
    private static final long BOOLEAN_BASE;
    private static final long FLOAT_BASE;
    private static final long DOUBLE_BASE;

    static {
        BOOLEAN_BASE = arrayBaseOffset(boolean[].class);
        FLOAT_BASE = arrayBaseOffset(float[].class);
        DOUBLE_BASE = arrayBaseOffset(double[].class);
    }

    private ArrayHasher() {
    }

    static void floats(float[] a, int from, int length, long[] out) {
        XXH3_128.hash(a, HEAP, FLOAT_BASE + (long) from * Float.BYTES, (long) length * Float.BYTES, out);
    }

    static void doubles(double[] a, long[] out) {
        XXH3_128.hash(a, HEAP, DOUBLE_BASE, (long) a.length * Double.BYTES, out);
    }

    static void booleans(boolean[] a, long[] out) {
        XXH3_128.hash(a, HEAP, BOOLEAN_BASE, a.length, out);
    }

    static void bytes(byte[] a, int from, int length, long[] out) {
        XXH3_128.hashBytes(a, from, length, out);
    }

    static void shorts(short[] a, long[] out) {
        XXH3_128.hashShorts(a, out);
    }

    static void chars(char[] a, long[] out) {
        XXH3_128.hashChars(a, out);
    }

    static void ints(int[] a, long[] out) {
        XXH3_128.hashInts(a, out);
    }

    static void longs(long[] a, long[] out) {
        XXH3_128.hashLongs(a, out);
    }

    static void text(CharSequence s, long[] out) {
        if (s instanceof String) {
            XXH3_128.hashChars((String) s, out);
        } else {
            XXH3_128.hashChars(s, out);
        }
    }

    /**
     * Hashes the buffer's remaining bytes, position to limit, without moving its position.
     *
     * <p>Heap buffers are hashed from their backing array. The library's {@code hashBytes(ByteBuffer)} is
     * avoided: for direct and read-only buffers it touches {@code sun.nio.ch.DirectBuffer}, which java.base
     * does not export, and fails with {@code IllegalAccessError} on Java 17. Those buffers are read through
     * their own absolute getters instead, which gives the same hash for the same bytes in any byte order.
     */
    static void remaining(ByteBuffer b, long[] out) {
        if (b.hasArray()) {
            XXH3_128.hashBytes(b.array(), b.arrayOffset() + b.position(), b.remaining(), out);
        } else {
            XXH3_128.hash(b, BUFFER, b.position(), b.remaining(), out);
        }
    }

    /** Where an array's first element lies, from {@code sun.misc.Unsafe}, reached reflectively (jdk.unsupported). */
    private static long arrayBaseOffset(Class<?> arrayType) {
        try {
            Class<?> unsafeType = Class.forName("sun.misc.Unsafe");
            Field f = unsafeType.getDeclaredField("theUnsafe");
            f.setAccessible(true);
            Object unsafe = f.get(null);
            return ((Number) unsafeType.getMethod("arrayBaseOffset", Class.class).invoke(unsafe, arrayType)).longValue();
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("sun.misc.Unsafe is not accessible; the jdk.unsupported module is required", e);
        }
    }
}
