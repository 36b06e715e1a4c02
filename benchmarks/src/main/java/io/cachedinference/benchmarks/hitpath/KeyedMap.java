package io.cachedinference.benchmarks.hitpath;

import io.cachedinference.api.InferenceKey;
import io.cachedinference.interceptor.internal.key.ContentKeyGenerator;
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
import java.util.concurrent.ConcurrentHashMap;

/**
 * Variant (d), the reference the Caffeine target is measured against: proxy, an interceptor that
 * derives our XXH3-128 key ({@link ContentKeyGenerator}) and looks it up in a {@link ConcurrentHashMap}.
 * Nothing else: no statistics, no copy of the result, no single flight.
 */
public final class KeyedMap {

    private KeyedMap() {
    }

    /** Binds {@link Around}. */
    @InterceptorBinding
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    public @interface Binding {
    }

    /** Key, {@code get}, and on a miss {@code proceed} and {@code put}. One instance per model bean. */
    @Binding
    @Interceptor
    @Priority(Interceptor.Priority.LIBRARY_BEFORE + 100)
    public static class Around {

        private final ContentKeyGenerator generator = new ContentKeyGenerator();
        private final ConcurrentHashMap<InferenceKey, Object> map = new ConcurrentHashMap<>();

        @AroundInvoke
        public Object lookup(InvocationContext context) throws Exception {
            InferenceKey key = generator.generate(HitPathNames.NAMESPACE, context.getParameters());
            Object cached = map.get(key);
            if (cached != null) {
                return cached;
            }
            Object result = context.proceed();
            map.put(key, result);
            return result;
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
