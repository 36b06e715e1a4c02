package io.cachedinference.api;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The cache key of one call: a namespace (cache, model and model version) and a content digest.
 *
 * <p>Immutable and {@link Serializable}; equal in every JVM for equal inputs. The hash code is
 * computed once.
 */
public final class InferenceKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String namespace;
    private final byte[] digest;
    private final transient int hash;

    /**
     * Creates a key.
     *
     * @param namespace the namespace, not {@code null}
     * @param digest    the content digest, at least 8 bytes; copied
     * @throws NullPointerException     if either is {@code null}; the message names the namespace
     * @throws IllegalArgumentException if the digest is shorter than 8 bytes; the message names the namespace
     */
    public InferenceKey(String namespace, byte[] digest) {
        this.namespace = Objects.requireNonNull(namespace, "namespace");
        if (digest == null) {
            throw new NullPointerException(
                    "An InferenceKey needs a digest, got null [namespace=" + namespace + "]");
        }
        if (digest.length < 8) {
            throw new IllegalArgumentException(
                    "An InferenceKey digest needs at least 8 bytes, got " + digest.length
                            + " [namespace=" + namespace + "]");
        }
        this.digest = digest.clone();
        this.hash = computeHash(namespace, this.digest);
    }

    /** The namespace: cache name, model and model version. */
    public String namespace() {
        return namespace;
    }

    /** A copy of the content digest. */
    public byte[] digest() {
        return digest.clone();
    }

    private static int computeHash(String namespace, byte[] digest) {
        // the digest is already uniformly distributed: its first four bytes are as good as any hash
        int h = (digest[0] & 0xff) << 24 | (digest[1] & 0xff) << 16 | (digest[2] & 0xff) << 8 | (digest[3] & 0xff);
        return 31 * h + namespace.hashCode();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof InferenceKey)) {
            return false;
        }
        InferenceKey other = (InferenceKey) o;
        return hash == other.hash && Arrays.equals(digest, other.digest) && namespace.equals(other.namespace);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return namespace + ':' + HexFormat.of().formatHex(digest);
    }

    private Object readResolve() {
        // the transient hash is recomputed through the constructor, which also re-validates
        return new InferenceKey(namespace, digest);
    }
}
