package io.cachedinference.tck.faults;

import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.spi.CacheProviderAdapter;
import io.cachedinference.api.spi.CacheSettings;
import io.cachedinference.api.spi.Capabilities;
import io.cachedinference.api.spi.JCacheAdapter;
import io.cachedinference.api.spi.ProviderContext;
import java.util.ServiceLoader;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.spi.CachingProvider;

/**
 * A delegating provider adapter that fails a share of cache lookups and stores, to prove that cache
 * failures never fail a call. Select it with {@code cached-inference.provider=fault-injecting};
 * {@value #DELEGATE} names the real provider (an adapter's alias, or a {@code CachingProvider} class for
 * the generic adapter) and {@value Faults#SHARE} the share of {@code get} and {@code put} calls that throw.
 */
public final class FaultInjectingAdapter implements CacheProviderAdapter {

    /** This adapter's alias. */
    public static final String ALIAS = "fault-injecting";
    /** The system property naming the delegate provider. */
    public static final String DELEGATE = "cached-inference.tck.faults.delegate";

    @Override
    public String alias() {
        return ALIAS;
    }

    @Override
    public String cachingProviderClassName() {
        // listed in error messages even when unused: it must not fail without a delegate
        return System.getProperty(DELEGATE) == null ? "(no " + DELEGATE + ")" : delegate().cachingProviderClassName();
    }

    @Override
    public Capabilities capabilities() {
        return System.getProperty(DELEGATE) == null ? Capabilities.builder().build() : delegate().capabilities();
    }

    // read once, at deployment: the adapter serves one deployment, and the property may be gone by shutdown
    private CacheProviderAdapter delegate;

    @Override
    public CachingProvider locate(ProviderContext context) {
        delegate = delegate();
        return delegate.locate(context);
    }

    @Override
    public CacheManager openCacheManager(CachingProvider provider, ProviderContext context) {
        return Faults.faulty(delegate.openCacheManager(provider, context), Faults.share());
    }

    @Override
    public Cache<InferenceKey, Object> cache(CacheManager manager, CacheSettings settings, ProviderContext context) {
        return delegate.cache(manager, settings, context);
    }

    @Override
    public void close(CacheManager manager) {
        delegate.close(manager);
    }

    private static CacheProviderAdapter delegate() {
        String name = System.getProperty(DELEGATE);
        if (name == null) {
            throw new IllegalStateException("Set " + DELEGATE + " to the provider to inject faults into");
        }
        for (CacheProviderAdapter a : ServiceLoader.load(CacheProviderAdapter.class)) {
            if (a.alias().equals(name)) {
                return a;
            }
        }
        return new JCacheAdapter(Caching.getCachingProvider(name));
    }
}
