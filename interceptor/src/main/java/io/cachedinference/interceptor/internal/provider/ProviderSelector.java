package io.cachedinference.interceptor.internal.provider;

import io.cachedinference.api.spi.CacheProviderAdapter;
import io.cachedinference.api.spi.JCacheAdapter;
import io.cachedinference.api.spi.ProviderContext;
import io.cachedinference.interceptor.internal.config.CachedInferenceConfig;
import io.cachedinference.interceptor.internal.validation.NoCacheProviderException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.cache.CacheException;
import javax.cache.Caching;
import javax.cache.spi.CachingProvider;

/**
 * Chooses the provider adapter, in this order:
 *
 * <ol>
 *   <li>the one {@code cached-inference.provider} names: the alias or {@code CachingProvider} class name
 *       of a provider module's adapter, or else any {@code CachingProvider} class on the class path, which
 *       the generic {@link JCacheAdapter} then drives;</li>
 *   <li>when it is not set, the adapter whose provider the environment offers (an application server's
 *       own, such as Payara's);</li>
 *   <li>else the only adapter present, or Ehcache among several.</li>
 * </ol>
 *
 * Never calls {@code Caching.getCachingProvider()} without a class name, which is ambiguous with
 * several providers and hangs inside Payara.
 */
public final class ProviderSelector {

    private static final Logger LOG = System.getLogger("io.cachedinference");

    /** The provider chosen when none is configured and several are present. */
    static final String DEFAULT_ALIAS = "ehcache";

    private final List<CacheProviderAdapter> adapters;
    private final ClassLoader classLoader;

    private ProviderSelector(List<CacheProviderAdapter> adapters, ClassLoader classLoader) {
        this.adapters = List.copyOf(adapters);
        this.classLoader = classLoader;
    }

    /** A selector over the given adapters. */
    public static ProviderSelector of(List<CacheProviderAdapter> adapters, ClassLoader classLoader) {
        return new ProviderSelector(adapters, classLoader);
    }

    /** A selector over the adapters registered through {@link ServiceLoader}, loaded afresh for this deployment. */
    public static ProviderSelector discover(ClassLoader classLoader) {
        List<CacheProviderAdapter> found = new ArrayList<>();
        Iterator<CacheProviderAdapter> it = ServiceLoader.load(CacheProviderAdapter.class, classLoader).iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                found.add(it.next());
            } catch (ServiceConfigurationError e) {
                // a provider module whose provider is missing: the others remain usable
                LOG.log(Level.WARNING, () -> "A cached-inference provider adapter cannot be loaded and is ignored: "
                        + e.getMessage());
            }
        }
        return new ProviderSelector(found, classLoader);
    }

    /** All adapters on the class path. */
    public List<CacheProviderAdapter> adapters() {
        return adapters;
    }

    /** The adapter to use, or a {@link NoCacheProviderException} that says what was found and how to fix it. */
    public CacheProviderAdapter select(CachedInferenceConfig config, ProviderContext context) {
        Optional<CachedInferenceConfig.Setting> configured = config.get(CachedInferenceConfig.PROVIDER)
                .filter(s -> !s.value().isEmpty());
        if (configured.isPresent()) {
            return configured(configured.get());
        }
        for (CacheProviderAdapter adapter : adapters) {
            if (adapter.offeredByEnvironment(context)) {
                LOG.log(Level.INFO, () -> "CI-004 cached-inference uses the environment's JCache provider, through"
                        + " adapter '" + adapter.alias() + "' (set " + CachedInferenceConfig.PROVIDER + " to choose"
                        + " another; on the class path: " + describeAdapters() + ")");
                return adapter;
            }
        }
        if (adapters.size() == 1) {
            return adapters.get(0);
        }
        if (adapters.isEmpty()) {
            throw new NoCacheProviderException("No cached-inference provider module on the class path (JCache providers"
                    + " found: " + cachingProviders() + "). Add cached-inference-ehcache, the embedded default, or name"
                    + " any JCache provider's class with " + CachedInferenceConfig.PROVIDER + "=<CachingProvider class>");
        }
        return find(a -> a.alias().equals(DEFAULT_ALIAS))
                .orElseThrow(() -> new NoCacheProviderException("Several providers on the class path: " + describeAdapters()
                        + ". Choose one with " + CachedInferenceConfig.PROVIDER + "=<alias>"));
    }

    private CacheProviderAdapter configured(CachedInferenceConfig.Setting setting) {
        String wanted = setting.value();
        Optional<CacheProviderAdapter> adapter = find(a -> a.alias().equalsIgnoreCase(wanted)
                || a.cachingProviderClassName().equals(wanted));
        if (adapter.isPresent()) {
            return adapter.get();
        }
        CachingProvider provider;
        try {
            provider = Caching.getCachingProvider(wanted, classLoader);
        } catch (CacheException | LinkageError e) {
            throw new NoCacheProviderException(setting.describe() + " names no provider: it is neither the alias of a"
                    + " provider module (" + describeAdapters() + ") nor a loadable javax.cache.spi.CachingProvider class"
                    + " (" + (e.getCause() != null ? e.getCause() : e) + "). JCache providers on the class path: "
                    + cachingProviders() + ". Add the provider's jar, or set an alias or class name from these lists", e);
        }
        LOG.log(Level.DEBUG, () -> "Provider " + wanted + " has no dedicated adapter; the generic JSR-107 adapter drives it");
        return new JCacheAdapter(provider);
    }

    private Optional<CacheProviderAdapter> find(Predicate<CacheProviderAdapter> which) {
        return adapters.stream().filter(which).findFirst();
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
