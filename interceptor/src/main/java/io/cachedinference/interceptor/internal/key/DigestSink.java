package io.cachedinference.interceptor.internal.key;

import io.cachedinference.api.KeyDigest;
import java.nio.ByteBuffer;

/**
 * The tagged content stream of one key, and its digest. Small values are written as little-endian
 * bytes; a large value (array, buffer, text) as its length followed by its content, which each
 * digest represents its own way: {@link Xxh3Sink} by the content's XXH3-128, {@link Sha256Sink} by
 * the content's bytes themselves.
 */
abstract class DigestSink {

    /** A new, empty sink for the digest. */
    static DigestSink of(KeyDigest digest) {
        return digest == KeyDigest.SHA_256 ? new Sha256Sink() : new Xxh3Sink();
    }

    abstract void putByte(byte b);

    abstract void putInt(int v);

    abstract void putLong(long v);

    /** Writes the bytes as they are, without their length. */
    abstract void putBytes(byte[] b);

    abstract void floats(float[] a, int from, int length);

    abstract void doubles(double[] a);

    abstract void booleans(boolean[] a);

    abstract void bytes(byte[] a, int from, int length);

    abstract void shorts(short[] a);

    abstract void chars(char[] a);

    abstract void ints(int[] a);

    abstract void longs(long[] a);

    /** The chars of the text, as UTF-16 code units. */
    abstract void text(CharSequence s);

    /** The buffer's bytes from position to limit; its position does not move. */
    abstract void remaining(ByteBuffer b);

    /** The digest of everything written so far. */
    abstract byte[] digest();

    /** A new, empty sink of the same digest, for a value digested on its own (a map entry). */
    abstract DigestSink fresh();
}
