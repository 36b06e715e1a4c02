package io.cachedinference.interceptor.internal.provider;

import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.spi.CacheProviderAdapter;
import io.cachedinference.api.spi.CacheSettings;
import io.cachedinference.api.spi.ProviderConfigurationException;
import io.cachedinference.api.spi.Storage;
import io.cachedinference.interceptor.internal.validation.CacheCreationFailedException;
import io.cachedinference.interceptor.internal.validation.CacheNotDefinedByProviderException;
import io.cachedinference.interceptor.internal.validation.CachedInferenceDeploymentException;
import io.cachedinference.interceptor.internal.validation.InvalidProviderSettingException;
import io.cachedinference.interceptor.internal.validation.NoCacheProviderException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.spi.CachingProvider;

/**
 * The caches of one deployment: the manager its adapter opened, and the caches created in it; closed
 * with the deployment. Every failure of the adapter becomes a deployment problem of its own kind.
 */
public final class DeploymentCaches implements AutoCloseable {

    private static final Logger LOG = System.getLogger("io.cachedinference");

    private final CacheProviderAdapter adapter;
    private final CacheManager manager;
    private final DeploymentContext context;

    private DeploymentCaches(CacheProviderAdapter adapter, CacheManager manager, DeploymentContext context) {
        this.adapter = adapter;
        this.manager = manager;
        this.context = context;
    }

    /**
     * Locates the adapter's provider and opens the deployment's manager; empty after reporting why it
     * could not: the provider cannot be located or opened, or provider settings are invalid.
     */
    public static Optional<DeploymentCaches> open(CacheProviderAdapter adapter, DeploymentContext context,
            Consumer<? super CachedInferenceDeploymentException> problems) {
        CachingProvider provider;
        try {
            provider = adapter.locate(context);
        } catch (RuntimeException | LinkageError e) {
            problems.accept(new NoCacheProviderException("Cannot locate the JCache provider of '" + adapter.alias()
                    + "' (" + adapter.cachingProviderClassName() + "): " + e.getMessage(), e));
            return Optional.empty();
        }
        CacheManager manager;
        try {
            manager = adapter.openCacheManager(provider, context);
        } catch (ProviderConfigurationException e) {
            e.problems().forEach(p -> problems.accept(new InvalidProviderSettingException(p + " [provider="
                    + adapter.alias() + "]")));
            return Optional.empty();
        } catch (RuntimeException e) {
            problems.accept(new NoCacheProviderException("Cannot open a cache manager of provider '" + adapter.alias()
                    + "' (" + adapter.cachingProviderClassName() + "): " + e.getMessage(), e));
            return Optional.empty();
        }
        DeploymentCaches caches = new DeploymentCaches(adapter, manager, context);
        List<String> unchecked = context.rejectedSettings();
        if (!unchecked.isEmpty()) {
            unchecked.forEach(p -> problems.accept(new InvalidProviderSettingException(p + " [provider="
                    + adapter.alias() + "]")));
            caches.close();
            return Optional.empty();
        }
        LOG.log(Level.DEBUG, () -> "Opened cache manager " + manager.getURI() + " of provider " + adapter.alias());
        return Optional.of(caches);
    }

    /** The adapter these caches come from. */
    public CacheProviderAdapter adapter() {
        return adapter;
    }

    /**
     * Creates one cache, or looks up the one the provider defines; empty after reporting why it could
     * not, so the other caches are still tried and their problems reported too.
     */
    public Optional<Cache<InferenceKey, Object>> create(CacheSettings settings,
            Consumer<? super CachedInferenceDeploymentException> problems) {
        try {
            Cache<InferenceKey, Object> cache = adapter.cache(manager, settings, context);
            if (cache == null) {
                throw new IllegalStateException("the adapter returned no cache");
            }
            return Optional.of(cache);
        } catch (ProviderConfigurationException e) {
            e.problems().forEach(p -> problems.accept(new CacheNotDefinedByProviderException(p)));
        } catch (RuntimeException e) {
            problems.accept(new CacheCreationFailedException("Provider '" + adapter.alias() + "' could not create cache '"
                    + settings.cacheName() + "': " + e + ". Check the provider's own configuration and logs"
                    + " [cache=" + settings.cacheName() + "]", e));
        }
        return Optional.empty();
    }

    /**
     * The cache of a JSR-107 annotation: the one the provider defines under that name, else a new one with a
     * standard configuration, storing by value when the provider does. Throws when the provider cannot give it.
     */
    public Cache<Object, Object> annotationCache(String name) {
        Cache<Object, Object> cache = manager.getCache(name);
        if (cache != null) {
            return cache;
        }
        MutableConfiguration<Object, Object> config = new MutableConfiguration<>();
        config.setStoreByValue(adapter.capabilities().storage() == Storage.BY_VALUE);
        try {
            return manager.createCache(name, config);
        } catch (CacheException e) {
            // created meanwhile by another deployment of the same manager
            Cache<Object, Object> existing = manager.getCache(name);
            if (existing == null) {
                throw e;
            }
            return existing;
        }
    }

    /** Reads a cache's evictions from the provider's JCache statistics, when it publishes them. */
    public Supplier<OptionalLong> evictions(Cache<InferenceKey, Object> cache) {
        if (!adapter.capabilities().statistics()) {
            return OptionalLong::empty;
        }
        // the manager's own URI and the cache's own name: a provider may not keep the ones asked for
        // (Hazelcast drops the URI's id; the generic adapter gives some providers a portable name)
        return new JCacheStatisticsReader(manager.getURI().toString(), cache.getName());
    }

    /** Closes what the adapter opened for this deployment. */
    @Override
    public void close() {
        try {
            adapter.close(manager);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Closing the caches of provider '" + adapter.alias() + "' failed", e);
        }
    }
}
