package io.cachedinference.interceptor.internal.jsr107;

import java.util.Arrays;
import javax.cache.annotation.GeneratedCacheKey;

/**
 * The key of the default {@code CacheKeyGenerator}: the key arguments, in order, compared deeply (arrays
 * by content). Immutable as far as its arguments are; the hash code is computed once.
 */
public final class DefaultGeneratedCacheKey implements GeneratedCacheKey {

    private static final long serialVersionUID = 1L;

    private final Object[] parameters;
    private final int hash;

    public DefaultGeneratedCacheKey(Object[] parameters) {
        this.parameters = parameters.clone();
        this.hash = Arrays.deepHashCode(this.parameters);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DefaultGeneratedCacheKey)) {
            return false;
        }
        DefaultGeneratedCacheKey other = (DefaultGeneratedCacheKey) o;
        return hash == other.hash && Arrays.deepEquals(parameters, other.parameters);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "DefaultGeneratedCacheKey" + Arrays.deepToString(parameters);
    }
}
