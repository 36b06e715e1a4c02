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
 * A real {@link CachingProvider} that no adapter of this project knows: it delegates to the provider class
 * named by {@value #DELEGATE} (Ehcache's by default) and fails the share {@value #SHARE} (default 0) of its
 * caches' gets and puts. Select it by class name,
 * {@code cached-inference.provider=io.cachedinference.tck.faults.FaultInjectingCachingProvider}, and the
 * generic JSR-107 adapter drives it, as it would any third-party provider. Both properties are read at each
 * call, as {@code Caching} keeps one instance of a provider class per class loader.
 */
public final class FaultInjectingCachingProvider implements CachingProvider {

    /** The system property naming the {@code CachingProvider} class to delegate to. */
    public static final String DELEGATE = "cached-inference.tck.faults.provider";
    /** The system property with the share of get and put calls that fail, between 0 and 1; default 0. */
    public static final String SHARE = "cached-inference.tck.faults.provider-share";

    private static final String DEFAULT_DELEGATE = "org.ehcache.jsr107.EhcacheCachingProvider";

    private final Map<CacheManager, CacheManager> wrapped = new IdentityHashMap<>();

    private static CachingProvider delegate() {
        return Caching.getCachingProvider(System.getProperty(DELEGATE, DEFAULT_DELEGATE));
    }

    @Override
    public synchronized CacheManager getCacheManager(URI uri, ClassLoader classLoader, Properties properties) {
        CacheManager real = delegate().getCacheManager(uri, classLoader, properties);
        wrapped.keySet().removeIf(CacheManager::isClosed);
        // the same manager for the same URI and class loader, as JSR-107 asks
        return wrapped.computeIfAbsent(real, m -> Faults.faulty(m, Double.parseDouble(System.getProperty(SHARE, "0"))));
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
        return delegate().getDefaultClassLoader();
    }

    @Override
    public URI getDefaultURI() {
        return delegate().getDefaultURI();
    }

    @Override
    public Properties getDefaultProperties() {
        return delegate().getDefaultProperties();
    }

    @Override
    public void close() {
        delegate().close();
    }

    @Override
    public void close(ClassLoader classLoader) {
        delegate().close(classLoader);
    }

    @Override
    public void close(URI uri, ClassLoader classLoader) {
        delegate().close(uri, classLoader);
    }

    @Override
    public boolean isSupported(OptionalFeature optionalFeature) {
        return delegate().isSupported(optionalFeature);
    }
}
