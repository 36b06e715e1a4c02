package io.cachedinference.interceptor.internal.jsr107;

import java.lang.annotation.Annotation;
import javax.cache.annotation.CacheInvocationParameter;
import javax.cache.annotation.CacheKeyGenerator;
import javax.cache.annotation.CacheKeyInvocationContext;
import javax.cache.annotation.GeneratedCacheKey;

/**
 * The spec's default key generator: a {@link DefaultGeneratedCacheKey} of the key parameters' values. The
 * interceptors build the same key from the arguments directly, without a context; this generator is what
 * an application asking for the default one gets.
 */
public final class DefaultKeyGenerator implements CacheKeyGenerator {

    @Override
    public GeneratedCacheKey generateCacheKey(CacheKeyInvocationContext<? extends Annotation> context) {
        CacheInvocationParameter[] keys = context.getKeyParameters();
        Object[] values = new Object[keys.length];
        for (int i = 0; i < keys.length; i++) {
            values[i] = keys[i].getValue();
        }
        return new DefaultGeneratedCacheKey(values);
    }
}
