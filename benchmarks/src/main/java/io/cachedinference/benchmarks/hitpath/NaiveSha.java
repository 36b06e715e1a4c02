package io.cachedinference.benchmarks.hitpath;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InterceptorBinding;
import jakarta.interceptor.InvocationContext;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Variant (h): the interceptor the seed suggests. Its {@code tensor_hash} is
 * {@code hashlib.sha256(t.numpy().tobytes()).hexdigest()}: the floats are converted to little-endian
 * bytes, hashed with SHA-256 and the hex string is the key of a {@link ConcurrentHashMap}. The
 * conversion, {@code MessageDigest.getInstance} and the hex string are paid on every call, as in Python.
 */
public final class NaiveSha {

    private NaiveSha() {
    }

    /** Binds {@link Around}. */
    @InterceptorBinding
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    public @interface Binding {
    }

    /** SHA-256 hex key of the first {@code float[]} argument, then {@code get}; on a miss proceed and put. */
    @Binding
    @Interceptor
    @Priority(Interceptor.Priority.LIBRARY_BEFORE + 100)
    public static class Around {

        private final ConcurrentHashMap<String, Object> map = new ConcurrentHashMap<>();

        @AroundInvoke
        public Object lookup(InvocationContext context) throws Exception {
            String key = sha256Hex((float[]) context.getParameters()[0]);
            Object cached = map.get(key);
            if (cached != null) {
                return cached;
            }
            Object result = context.proceed();
            map.put(key, result);
            return result;
        }
    }

    /** {@code hashlib.sha256(numpy float32 bytes).hexdigest()}. */
    public static String sha256Hex(float[] floats) {
        byte[] bytes = new byte[floats.length * Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().put(floats);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** The intercepted model. */
    @ApplicationScoped
    public static class Model implements HitPathModel {

        private int runs;

        @Override
        @Binding
        public float[] infer(float[] input) {
            runs++;
            return SCORES;
        }

        @Override
        public int runs() {
            return runs;
        }
    }
}
