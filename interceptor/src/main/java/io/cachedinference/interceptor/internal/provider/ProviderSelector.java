package io.cachedinference.interceptor.internal.provider;

import io.cachedinference.api.spi.CacheProviderAdapter;
import io.cachedinference.interceptor.internal.config.CachedInferenceConfig;
import io.cachedinference.interceptor.internal.validation.NoCacheProviderException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import javax.cache.spi.CachingProvider;

/**
 * Chooses the provider adapter: the one {@code cached-inference.provider} names (alias or
 * {@code CachingProvider} class name), else Ehcache when present, else the only adapter present.
 * Never calls {@code Caching.getCachingProvider()} without a class name, which is ambiguous with
 * several providers and hangs inside Payara.
 */
public final class ProviderSelector {

    /** The provider chosen when none is configured and several are present. */
    static final String DEFAULT_ALIAS = "ehcache";

    private final List<CacheProviderAdapter> adapters;
    private final ClassLoader classLoader;

    ProviderSelector(List<CacheProviderAdapter> adapters, ClassLoader classLoader) {
        this.adapters = List.copyOf(adapters);
        this.classLoader = classLoader;
    }

    /** A selector over the given adapters. */
    public static ProviderSelector of(List<CacheProviderAdapter> adapters, ClassLoader classLoader) {
        return new ProviderSelector(adapters, classLoader);
    }

    /** A selector over the adapters registered through {@link ServiceLoader}. */
    public static ProviderSelector discover(ClassLoader classLoader) {
        List<CacheProviderAdapter> found = new ArrayList<>();
        for (CacheProviderAdapter adapter : ServiceLoader.load(CacheProviderAdapter.class, classLoader)) {
            found.add(adapter);
        }
        return new ProviderSelector(found, classLoader);
    }

    /** All adapters on the class path. */
    public List<CacheProviderAdapter> adapters() {
        return adapters;
    }

    /** The adapter to use, or a {@link NoCacheProviderException} that says what was found and how to fix it. */
    public CacheProviderAdapter select(CachedInferenceConfig config) {
        Optional<CachedInferenceConfig.Setting> configured = config.get(CachedInferenceConfig.PROVIDER);
        if (configured.isPresent() && !configured.get().value().isEmpty()) {
            String wanted = configured.get().value();
            return adapters.stream()
                    .filter(a -> a.alias().equalsIgnoreCase(wanted) || a.cachingProviderClassName().equals(wanted))
                    .findFirst()
                    .orElseThrow(() -> new NoCacheProviderException(configured.get().describe()
                            + " names no provider on the class path; available: " + describeAdapters()
                            + ". Add the provider's cached-inference module, or set an available alias or class name"));
        }
        if (adapters.size() == 1) {
            return adapters.get(0);
        }
        if (adapters.isEmpty()) {
            throw new NoCacheProviderException("No cached-inference provider module on the class path (JCache providers"
                    + " found: " + cachingProviders() + "). Add cached-inference-ehcache, the embedded default");
        }
        return adapters.stream().filter(a -> a.alias().equals(DEFAULT_ALIAS)).findFirst()
                .orElseThrow(() -> new NoCacheProviderException("Several providers on the class path: " + describeAdapters()
                        + ". Choose one with " + CachedInferenceConfig.PROVIDER + "=<alias>"));
    }

    /** Every adapter as {@code alias (CachingProvider class)}, for error messages. */
    public String describeAdapters() {
        if (adapters.isEmpty()) {
            return "none";
        }
        return adapters.stream().map(a -> a.alias() + " (" + a.cachingProviderClassName() + ")")
                .collect(Collectors.joining(", "));
    }

    private String cachingProviders() {
        List<String> names = new ArrayList<>();
        try {
            for (CachingProvider p : ServiceLoader.load(CachingProvider.class, classLoader)) {
                names.add(p.getClass().getName());
            }
        } catch (ServiceConfigurationError e) {
            names.add("? (" + e.getMessage() + ")");
        }
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}
