package io.cachedinference.interceptor.internal.key;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The default digest: a growable little-endian byte buffer whose XXH3-128 is the 16-byte digest.
 * Large values are hashed on their own, straight from the heap, and enter the buffer as their
 * length and 16-byte hash, so a key costs one pass over the data.
 */
final class Xxh3Sink extends DigestSink {

    private byte[] buf = new byte[64];
    private int len;
    private final long[] scratch = new long[2];

    @Override
    void putByte(byte b) {
        ensure(1);
        buf[len++] = b;
    }

    @Override
    void putInt(int v) {
        ensure(4);
        for (int i = 0; i < 4; i++) {
            buf[len++] = (byte) (v >>> (8 * i));
        }
    }

    @Override
    void putLong(long v) {
        ensure(8);
        for (int i = 0; i < 8; i++) {
            buf[len++] = (byte) (v >>> (8 * i));
        }
    }

    @Override
    void putBytes(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, buf, len, b.length);
        len += b.length;
    }

    @Override
    void floats(float[] a, int from, int length) {
        ArrayHasher.floats(a, from, length, scratch);
        body(length);
    }

    @Override
    void doubles(double[] a) {
        ArrayHasher.doubles(a, scratch);
        body(a.length);
    }

    @Override
    void booleans(boolean[] a) {
        ArrayHasher.booleans(a, scratch);
        body(a.length);
    }

    @Override
    void bytes(byte[] a, int from, int length) {
        ArrayHasher.bytes(a, from, length, scratch);
        body(length);
    }

    @Override
    void shorts(short[] a) {
        ArrayHasher.shorts(a, scratch);
        body(a.length);
    }

    @Override
    void chars(char[] a) {
        ArrayHasher.chars(a, scratch);
        body(a.length);
    }

    @Override
    void ints(int[] a) {
        ArrayHasher.ints(a, scratch);
        body(a.length);
    }

    @Override
    void longs(long[] a) {
        ArrayHasher.longs(a, scratch);
        body(a.length);
    }

    @Override
    void text(CharSequence s) {
        ArrayHasher.text(s, scratch);
        body(s.length());
    }

    @Override
    void remaining(ByteBuffer b) {
        ArrayHasher.remaining(b, scratch);
        body(b.remaining());
    }

    /** The 16-byte XXH3-128 digest of everything written so far. */
    @Override
    byte[] digest() {
        long[] h = ArrayHasher.XXH3_128.hashBytes(buf, 0, len);
        byte[] out = new byte[16];
        for (int i = 0; i < 8; i++) {
            out[i] = (byte) (h[0] >>> (8 * i));
            out[8 + i] = (byte) (h[1] >>> (8 * i));
        }
        return out;
    }

    @Override
    DigestSink fresh() {
        return new Xxh3Sink();
    }

    /** Writes a large value's length and the hash its content left in the scratch longs. */
    private void body(int length) {
        putInt(length);
        putLong(scratch[0]);
        putLong(scratch[1]);
    }

    private void ensure(int extra) {
        if (len + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
        }
    }
}
