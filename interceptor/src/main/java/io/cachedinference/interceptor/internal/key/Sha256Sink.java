package io.cachedinference.interceptor.internal.key;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.ShortBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The collision-resistant digest: SHA-256 over the whole tagged content stream, with the content of
 * large values fed in as their little-endian bytes (not pre-hashed, which would let a collision of a
 * weaker inner hash through). Primitive arrays reach the digest through a per-thread 16 KiB chunk
 * filled by bulk {@code ByteBuffer} view puts, so a tensor is never copied into a byte array of its
 * own size; byte arrays and buffers are fed directly.
 */
final class Sha256Sink extends DigestSink {

    static final int CHUNK_BYTES = 16 * 1024;

    private static final MessageDigest PROTOTYPE = prototype();
    /** Reused by every sink of a thread; safe because a value is fed completely before the next write. */
    private static final ThreadLocal<ByteBuffer> CHUNK =
            ThreadLocal.withInitial(() -> ByteBuffer.allocate(CHUNK_BYTES).order(ByteOrder.LITTLE_ENDIAN));

    private final MessageDigest md;
    private final byte[] small = new byte[64];
    private int pending;

    Sha256Sink() {
        try {
            md = (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("The SHA-256 MessageDigest of this JVM cannot be cloned", e);
        }
    }

    @Override
    void putByte(byte b) {
        room(1);
        small[pending++] = b;
    }

    @Override
    void putInt(int v) {
        room(4);
        for (int i = 0; i < 4; i++) {
            small[pending++] = (byte) (v >>> (8 * i));
        }
    }

    @Override
    void putLong(long v) {
        room(8);
        for (int i = 0; i < 8; i++) {
            small[pending++] = (byte) (v >>> (8 * i));
        }
    }

    @Override
    void putBytes(byte[] b) {
        flush();
        md.update(b);
    }

    @Override
    void floats(float[] a, int from, int length) {
        ByteBuffer chunk = begin(length);
        FloatBuffer view = chunk.asFloatBuffer();
        int step = CHUNK_BYTES / Float.BYTES;
        for (int i = from, end = from + length; i < end; i += step) {
            int n = Math.min(step, end - i);
            view.clear();
            view.put(a, i, n);
            md.update(chunk.array(), 0, n * Float.BYTES);
        }
    }

    @Override
    void doubles(double[] a) {
        ByteBuffer chunk = begin(a.length);
        DoubleBuffer view = chunk.asDoubleBuffer();
        int step = CHUNK_BYTES / Double.BYTES;
        for (int i = 0; i < a.length; i += step) {
            int n = Math.min(step, a.length - i);
            view.clear();
            view.put(a, i, n);
            md.update(chunk.array(), 0, n * Double.BYTES);
        }
    }

    @Override
    void booleans(boolean[] a) {
        ByteBuffer chunk = begin(a.length);
        byte[] bytes = chunk.array();
        for (int i = 0; i < a.length; i += CHUNK_BYTES) {
            int n = Math.min(CHUNK_BYTES, a.length - i);
            for (int j = 0; j < n; j++) {
                bytes[j] = (byte) (a[i + j] ? 1 : 0);
            }
            md.update(bytes, 0, n);
        }
    }

    @Override
    void bytes(byte[] a, int from, int length) {
        putInt(length);
        flush();
        md.update(a, from, length);
    }

    @Override
    void shorts(short[] a) {
        ByteBuffer chunk = begin(a.length);
        ShortBuffer view = chunk.asShortBuffer();
        int step = CHUNK_BYTES / Short.BYTES;
        for (int i = 0; i < a.length; i += step) {
            int n = Math.min(step, a.length - i);
            view.clear();
            view.put(a, i, n);
            md.update(chunk.array(), 0, n * Short.BYTES);
        }
    }

    @Override
    void chars(char[] a) {
        ByteBuffer chunk = begin(a.length);
        CharBuffer view = chunk.asCharBuffer();
        int step = CHUNK_BYTES / Character.BYTES;
        for (int i = 0; i < a.length; i += step) {
            int n = Math.min(step, a.length - i);
            view.clear();
            view.put(a, i, n);
            md.update(chunk.array(), 0, n * Character.BYTES);
        }
    }

    @Override
    void ints(int[] a) {
        ByteBuffer chunk = begin(a.length);
        IntBuffer view = chunk.asIntBuffer();
        int step = CHUNK_BYTES / Integer.BYTES;
        for (int i = 0; i < a.length; i += step) {
            int n = Math.min(step, a.length - i);
            view.clear();
            view.put(a, i, n);
            md.update(chunk.array(), 0, n * Integer.BYTES);
        }
    }

    @Override
    void longs(long[] a) {
        ByteBuffer chunk = begin(a.length);
        LongBuffer view = chunk.asLongBuffer();
        int step = CHUNK_BYTES / Long.BYTES;
        for (int i = 0; i < a.length; i += step) {
            int n = Math.min(step, a.length - i);
            view.clear();
            view.put(a, i, n);
            md.update(chunk.array(), 0, n * Long.BYTES);
        }
    }

    @Override
    void text(CharSequence s) {
        int length = s.length();
        ByteBuffer chunk = begin(length);
        CharBuffer view = chunk.asCharBuffer();
        int step = CHUNK_BYTES / Character.BYTES;
        for (int i = 0; i < length; i += step) {
            int n = Math.min(step, length - i);
            view.clear();
            if (s instanceof String) {
                view.put((String) s, i, i + n);
            } else {
                for (int j = i; j < i + n; j++) {
                    view.put(s.charAt(j));
                }
            }
            md.update(chunk.array(), 0, n * Character.BYTES);
        }
    }

    @Override
    void remaining(ByteBuffer b) {
        putInt(b.remaining());
        flush();
        md.update(b.duplicate());
    }

    /** The 32-byte SHA-256 digest of everything written so far. */
    @Override
    byte[] digest() {
        flush();
        return md.digest();
    }

    @Override
    DigestSink fresh() {
        return new Sha256Sink();
    }

    /** Writes a large value's length, flushes what is pending, and lends the thread's chunk. */
    private ByteBuffer begin(int length) {
        putInt(length);
        flush();
        return CHUNK.get().clear();
    }

    private void room(int bytes) {
        if (pending + bytes > small.length) {
            flush();
        }
    }

    private void flush() {
        if (pending > 0) {
            md.update(small, 0, pending);
            pending = 0;
        }
    }

    private static MessageDigest prototype() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
