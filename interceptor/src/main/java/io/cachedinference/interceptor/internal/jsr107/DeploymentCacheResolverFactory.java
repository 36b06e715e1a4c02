package io.cachedinference.interceptor.internal.jsr107;

import java.lang.annotation.Annotation;
import java.util.function.Function;
import javax.cache.Cache;
import javax.cache.annotation.CacheMethodDetails;
import javax.cache.annotation.CacheResolver;
import javax.cache.annotation.CacheResolverFactory;
import javax.cache.annotation.CacheResult;

/**
 * The default {@link CacheResolverFactory}: each method's cache (and exception cache) by name, from the
 * cache manager of the provider this deployment selected, the one a cache of that name the provider
 * defines or else a new one. Asked once per method at deployment.
 */
public final class DeploymentCacheResolverFactory implements CacheResolverFactory {

    private final Function<String, Cache<Object, Object>> caches;

    /** @param caches gets or creates the cache of a name in the deployment's manager, throwing when it cannot */
    public DeploymentCacheResolverFactory(Function<String, Cache<Object, Object>> caches) {
        this.caches = caches;
    }

    @Override
    public CacheResolver getCacheResolver(CacheMethodDetails<? extends Annotation> details) {
        return new FixedCacheResolver(caches.apply(details.getCacheName()));
    }

    @Override
    public CacheResolver getExceptionCacheResolver(CacheMethodDetails<CacheResult> details) {
        String name = details.getCacheAnnotation().exceptionCacheName().trim();
        if (name.isEmpty()) {
            throw new IllegalStateException("@CacheResult of " + details.getMethod() + " names no exceptionCacheName");
        }
        return new FixedCacheResolver(caches.apply(name));
    }
}
