package io.cachedinference.interceptor.internal.key;

import java.util.Arrays;

/** A growable little-endian byte buffer whose XXH3-128 is the digest of everything written to it. */
final class DigestSink {

    private byte[] buf = new byte[64];
    private int len;
    private final long[] scratch = new long[2];

    void putByte(byte b) {
        ensure(1);
        buf[len++] = b;
    }

    void putInt(int v) {
        ensure(4);
        for (int i = 0; i < 4; i++) {
            buf[len++] = (byte) (v >>> (8 * i));
        }
    }

    void putLong(long v) {
        ensure(8);
        for (int i = 0; i < 8; i++) {
            buf[len++] = (byte) (v >>> (8 * i));
        }
    }

    void putBytes(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, buf, len, b.length);
        len += b.length;
    }

    /** Writes the two longs the last array hash left in {@link #scratch()}. */
    void putScratch() {
        putLong(scratch[0]);
        putLong(scratch[1]);
    }

    /** A two-long array for array hashes to write into before {@link #putScratch()}. */
    long[] scratch() {
        return scratch;
    }

    /** The 16-byte XXH3-128 digest of everything written so far. */
    byte[] digest() {
        long[] h = ArrayHasher.XXH3_128.hashBytes(buf, 0, len);
        byte[] out = new byte[16];
        for (int i = 0; i < 8; i++) {
            out[i] = (byte) (h[0] >>> (8 * i));
            out[8 + i] = (byte) (h[1] >>> (8 * i));
        }
        return out;
    }

    private void ensure(int extra) {
        if (len + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
        }
    }
}
