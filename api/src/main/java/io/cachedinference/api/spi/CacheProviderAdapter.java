package io.cachedinference.api.spi;

import io.cachedinference.api.InferenceKey;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.spi.CachingProvider;

/**
 * Drives one JCache provider for cached-inference: declares what it can do, locates the provider,
 * opens the deployment's cache manager, creates (or looks up) each cache from the core's settings, and
 * closes what it opened.
 *
 * <p>Any {@link CachingProvider} works without an adapter of its own: the core drives it through
 * {@link JCacheAdapter}, using the JSR-107 API only. A provider module ships a dedicated adapter, usually
 * a subclass of {@link JCacheAdapter}, to express bounds and policies JSR-107 cannot, registered through
 * {@link java.util.ServiceLoader} under this interface's name. The core loads adapters afresh for every
 * deployment and calls them from one thread, in this order: {@link #offeredByEnvironment} (only when
 * {@code cached-inference.provider} is not set), {@link #locate}, {@link #openCacheManager}, {@link #cache}
 * once per cache, and {@link #close} at shutdown, also when a later step failed.
 */
public interface CacheProviderAdapter {

    /** The short name users select the provider by, such as {@code ehcache}. */
    String alias();

    /** The provider's {@link CachingProvider} class name, which users may give instead of the alias. */
    String cachingProviderClassName();

    /** What the provider can do; deployment checks every cache against it. */
    Capabilities capabilities();

    /**
     * Whether the environment itself offers this provider (an application server's own), so that it is
     * chosen when {@code cached-inference.provider} is not set. Must answer within a few seconds and
     * never throw. The default is {@code false}.
     */
    default boolean offeredByEnvironment(ProviderContext context) {
        return false;
    }

    /** Finds the provider. The default loads {@link #cachingProviderClassName()} with the deployment's class loader. */
    default CachingProvider locate(ProviderContext context) {
        return Caching.getCachingProvider(cachingProviderClassName(), context.classLoader());
    }

    /**
     * Opens the deployment's cache manager. The default asks the provider for the manager of
     * {@link ProviderContext#deploymentUri()}, private to the deployment. Read and
     * {@linkplain ProviderSettings#check() check} the adapter's own settings here, before starting anything.
     */
    default CacheManager openCacheManager(CachingProvider provider, ProviderContext context) {
        return provider.getCacheManager(context.deploymentUri(), context.classLoader());
    }

    /**
     * Creates the cache of these settings in the manager, or looks up the one the provider's own
     * configuration defines. Values must be stored as {@link #capabilities()} declares. Throw a
     * {@link ProviderConfigurationException} when the cache cannot be had as asked, saying how to fix it.
     */
    Cache<InferenceKey, Object> cache(CacheManager manager, CacheSettings settings, ProviderContext context);

    /** Closes what {@link #openCacheManager} opened. The default closes the manager. */
    default void close(CacheManager manager) {
        manager.close();
    }
}
