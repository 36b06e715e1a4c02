package io.cachedinference.tck.faults;

import java.net.URI;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Properties;
import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.configuration.OptionalFeature;
import javax.cache.spi.CachingProvider;

/**
 * A real {@link CachingProvider} that no adapter of this project knows: it delegates to the provider
 * class named by {@value #DELEGATE} and fails the share {@value Faults#SHARE} of its caches' gets and puts.
 * Select it by class name, {@code cached-inference.provider=io.cachedinference.tck.faults.FaultInjectingCachingProvider},
 * and the generic JSR-107 adapter drives it, as it would any third-party provider.
 */
public final class FaultInjectingCachingProvider implements CachingProvider {

    /** The system property naming the {@code CachingProvider} class to delegate to. */
    public static final String DELEGATE = "cached-inference.tck.faults.provider";

    private final CachingProvider delegate;
    private final Map<CacheManager, CacheManager> wrapped = new IdentityHashMap<>();

    public FaultInjectingCachingProvider() {
        String name = System.getProperty(DELEGATE);
        if (name == null) {
            throw new IllegalStateException("Set " + DELEGATE + " to the CachingProvider class to delegate to");
        }
        this.delegate = Caching.getCachingProvider(name);
    }

    @Override
    public synchronized CacheManager getCacheManager(URI uri, ClassLoader classLoader, Properties properties) {
        CacheManager real = delegate.getCacheManager(uri, classLoader, properties);
        wrapped.keySet().removeIf(CacheManager::isClosed);
        // the same manager for the same URI and class loader, as JSR-107 asks
        return wrapped.computeIfAbsent(real, m -> Faults.faulty(m, Faults.share()));
    }

    @Override
    public CacheManager getCacheManager(URI uri, ClassLoader classLoader) {
        return getCacheManager(uri, classLoader, getDefaultProperties());
    }

    @Override
    public CacheManager getCacheManager() {
        return getCacheManager(getDefaultURI(), getDefaultClassLoader());
    }

    @Override
    public ClassLoader getDefaultClassLoader() {
        return delegate.getDefaultClassLoader();
    }

    @Override
    public URI getDefaultURI() {
        return delegate.getDefaultURI();
    }

    @Override
    public Properties getDefaultProperties() {
        return delegate.getDefaultProperties();
    }

    @Override
    public void close() {
        delegate.close();
    }

    @Override
    public void close(ClassLoader classLoader) {
        delegate.close(classLoader);
    }

    @Override
    public void close(URI uri, ClassLoader classLoader) {
        delegate.close(uri, classLoader);
    }

    @Override
    public boolean isSupported(OptionalFeature optionalFeature) {
        return delegate.isSupported(optionalFeature);
    }
}
