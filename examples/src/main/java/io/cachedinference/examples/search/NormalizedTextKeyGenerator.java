package io.cachedinference.examples.search;

import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.KeyGenerator;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Keys text arguments by their {@linkplain NormalizedText normalized} form, so that queries that
 * differ only in white space, width or case share one cache entry. The digest is SHA-256 over a
 * format tag, the argument count, and per argument a null marker or the length and UTF-8 bytes of
 * the normalized text; it is the same in every JVM.
 *
 * <p>Only {@link CharSequence} parameters can be keyed; any other declared type fails deployment.
 * Use it only where the method itself treats normalized-equal texts alike, as {@link SearchEngine}
 * does: otherwise a hit would answer a different question.
 */
public final class NormalizedTextKeyGenerator implements KeyGenerator {

    private static final byte[] FORMAT = "normalized-text/1".getBytes(StandardCharsets.US_ASCII);
    private static final byte NULL = 0;
    private static final byte TEXT = 1;

    /** Creates the generator; it holds no state. */
    public NormalizedTextKeyGenerator() {
    }

    @Override
    public InferenceKey generate(String namespace, Object[] arguments) {
        MessageDigest sha = sha256();
        sha.update(FORMAT);
        sha.update(intBytes(arguments.length));
        for (int i = 0; i < arguments.length; i++) {
            Object argument = arguments[i];
            if (argument == null) {
                sha.update(NULL);
            } else if (argument instanceof CharSequence) {
                byte[] text = NormalizedText.normalize((CharSequence) argument).getBytes(StandardCharsets.UTF_8);
                sha.update(TEXT);
                sha.update(intBytes(text.length));
                sha.update(text);
            } else {
                throw new IllegalArgumentException("NormalizedTextKeyGenerator keys text only; argument " + i
                        + " is a " + argument.getClass().getName() + " [namespace=" + namespace + "]");
            }
        }
        return new InferenceKey(namespace, sha.digest());
    }

    @Override
    public boolean canKey(Type parameterType) {
        return parameterType instanceof Class<?> && CharSequence.class.isAssignableFrom((Class<?>) parameterType);
    }

    private static byte[] intBytes(int value) {
        return ByteBuffer.allocate(Integer.BYTES).putInt(value).array();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
