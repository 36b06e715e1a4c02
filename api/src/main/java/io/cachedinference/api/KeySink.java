package io.cachedinference.api;

import java.nio.ByteBuffer;

/**
 * Where an {@link ArgumentKeyer} writes a value's content. Each put writes its value tagged by type,
 * exactly as the built-in content key writes a value of that type, so {@code putFloats(a)} and
 * {@code putValue(a)} are the same, and putting two ints is never mistaken for putting one long.
 * Arrays are read, never kept or modified; floats and doubles are compared by bit pattern.
 * Puts of a whole reference accept {@code null}, which is written as {@code null}; the puts of a
 * range of an array need the array.
 */
public interface KeySink {

    /** Writes a boolean. */
    KeySink putBoolean(boolean value);

    /** Writes an int. */
    KeySink putInt(int value);

    /** Writes a long. */
    KeySink putLong(long value);

    /** Writes a float, by bit pattern. */
    KeySink putFloat(float value);

    /** Writes a double, by bit pattern. */
    KeySink putDouble(double value);

    /** Writes the characters of a string or other char sequence. */
    KeySink putString(CharSequence value);

    /** Writes a byte array. */
    KeySink putBytes(byte[] values);

    /** Writes {@code length} bytes from {@code offset}, as the byte array of just those bytes. */
    KeySink putBytes(byte[] values, int offset, int length);

    /** Writes a buffer's bytes from position to limit, without moving its position. */
    KeySink putBytes(ByteBuffer values);

    /** Writes an int array. */
    KeySink putInts(int[] values);

    /** Writes a long array. */
    KeySink putLongs(long[] values);

    /** Writes a float array. */
    KeySink putFloats(float[] values);

    /** Writes {@code length} floats from {@code offset}, as the float array of just those floats. */
    KeySink putFloats(float[] values, int offset, int length);

    /** Writes a double array. */
    KeySink putDoubles(double[] values);

    /**
     * Writes any value the built-in content key can key (records, lists, maps in any order, nested
     * arrays) or another keyer covers.
     *
     * @throws IllegalArgumentException if nothing can key it, or it contains itself
     */
    KeySink putValue(Object value);
}
