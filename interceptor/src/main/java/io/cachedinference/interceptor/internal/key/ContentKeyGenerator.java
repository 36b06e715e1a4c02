package io.cachedinference.interceptor.internal.key;

import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.KeyGenerator;
import java.lang.reflect.Type;

/**
 * The built-in key: an XXH3-128 digest of every argument's content, tagged by type.
 *
 * <p>What it treats as equal: primitive arrays and {@code ByteBuffer}s (position to limit) with the
 * same elements, floats and doubles compared by bit pattern; char sequences with the same chars;
 * boxed primitives of the same type and value; enums of the same class and name; records of the
 * same class with equal components; lists and other ordered collections with equal elements in the
 * same order; sets and maps with equal elements or entries, in any order; {@code BigInteger},
 * {@code BigDecimal} (value and scale) and {@code UUID} by value; nested arrays element by element;
 * {@code null}. Any other type is rejected, at deployment when the declared type shows it.
 */
public final class ContentKeyGenerator implements KeyGenerator {

    @Override
    public InferenceKey generate(String namespace, Object[] arguments) {
        DigestSink sink = new DigestSink();
        ValueWriter writer = new ValueWriter(sink);
        sink.putByte(TypeTag.ARGUMENTS);
        sink.putInt(arguments.length);
        for (Object argument : arguments) {
            writer.write(argument);
        }
        return new InferenceKey(namespace, sink.digest());
    }

    @Override
    public boolean canKey(Type parameterType) {
        return Keyability.reasonUnkeyable(parameterType).isEmpty();
    }
}
