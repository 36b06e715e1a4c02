package io.cachedinference.interceptor.internal.key;

import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.KeyDigest;
import io.cachedinference.api.KeyGenerator;
import java.lang.reflect.Type;
import java.util.Objects;
import java.util.Optional;

/**
 * The built-in key: a digest of every argument's content, tagged by type; XXH3-128 by default,
 * SHA-256 when the cache asks for it.
 *
 * <p>What it treats as equal: primitive arrays and {@code ByteBuffer}s (position to limit) with the
 * same elements, floats and doubles compared by bit pattern; char sequences with the same chars;
 * boxed primitives of the same type and value; enums of the same class and name; records of the
 * same class with equal components; lists and other ordered collections with equal elements in the
 * same order; sets and maps with equal elements or entries, in any order; {@code BigInteger},
 * {@code BigDecimal} (value and scale) and {@code UUID} by value; nested arrays element by element;
 * {@code null}; values of an application type with an {@code ArgumentKeyer} when their keyer writes
 * the same. Any other type is rejected, at deployment when the declared type shows it.
 */
public final class ContentKeyGenerator implements KeyGenerator {

    private final KeyDigest digest;
    private final Keyers keyers;

    /** XXH3-128, built-in rules only. */
    public ContentKeyGenerator() {
        this(KeyDigest.XXH3_128, Keyers.none());
    }

    public ContentKeyGenerator(KeyDigest digest, Keyers keyers) {
        this.digest = Objects.requireNonNull(digest, "digest");
        this.keyers = Objects.requireNonNull(keyers, "keyers");
    }

    @Override
    public InferenceKey generate(String namespace, Object[] arguments) {
        DigestSink sink = DigestSink.of(digest);
        ValueWriter writer = new ValueWriter(sink, keyers);
        sink.putByte(TypeTag.ARGUMENTS);
        sink.putInt(arguments.length);
        for (Object argument : arguments) {
            writer.write(argument);
        }
        return new InferenceKey(namespace, sink.digest());
    }

    @Override
    public boolean canKey(Type parameterType) {
        return Keyability.reasonUnkeyable(parameterType, keyers).isEmpty();
    }

    /** Why it cannot key the type, or empty when it can. */
    public Optional<String> reasonUnkeyable(Type parameterType) {
        return Keyability.reasonUnkeyable(parameterType, keyers);
    }

    /** The digest this generator uses. */
    public KeyDigest digest() {
        return digest;
    }

    @Override
    public String toString() {
        return "ContentKeyGenerator[" + digest.configName() + "]";
    }
}
