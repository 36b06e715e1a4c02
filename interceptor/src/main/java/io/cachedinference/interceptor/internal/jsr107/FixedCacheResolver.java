package io.cachedinference.interceptor.internal.jsr107;

import java.lang.annotation.Annotation;
import javax.cache.Cache;
import javax.cache.annotation.CacheInvocationContext;
import javax.cache.annotation.CacheResolver;

/** The default factory's resolver: the one cache it was given at deployment, for every call. */
final class FixedCacheResolver implements CacheResolver {

    private final Cache<Object, Object> cache;

    FixedCacheResolver(Cache<Object, Object> cache) {
        this.cache = cache;
    }

    Cache<Object, Object> cache() {
        return cache;
    }

    @Override
    @SuppressWarnings("unchecked") // the spec's signature: the caller chooses the cache's types
    public <K, V> Cache<K, V> resolveCache(CacheInvocationContext<? extends Annotation> context) {
        return (Cache<K, V>) cache;
    }
}
