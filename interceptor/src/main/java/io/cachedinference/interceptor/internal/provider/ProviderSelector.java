package io.cachedinference.interceptor.internal.provider;

import io.cachedinference.api.spi.CacheProviderAdapter;
import io.cachedinference.interceptor.internal.config.CachedInferenceConfig;
import io.cachedinference.interceptor.internal.validation.NoCacheProviderException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.cache.spi.CachingProvider;

/**
 * Chooses the provider adapter, in this order:
 *
 * <ol>
 *   <li>the one {@code cached-inference.provider} names: an alias or a {@code CachingProvider} class
 *       name of a provider module, or {@value ContainerProviderAdapter#ALIAS} for the application
 *       server's provider, which must then be there;</li>
 *   <li>when it is not set, the application server's provider, if the server offers one
 *       ({@link ContainerProviderLookup}: Payara's, under JNDI {@code payara/CachingProvider});</li>
 *   <li>else Ehcache when present, else the only provider module present.</li>
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
    private final Supplier<ContainerProviderLookup.Outcome> container;

    ProviderSelector(List<CacheProviderAdapter> adapters, ClassLoader classLoader,
            Supplier<ContainerProviderLookup.Outcome> container) {
        this.adapters = List.copyOf(adapters);
        this.classLoader = classLoader;
        this.container = container;
    }

    /** A selector over the given adapters only: it never looks for a server's provider. */
    public static ProviderSelector of(List<CacheProviderAdapter> adapters, ClassLoader classLoader) {
        return new ProviderSelector(adapters, classLoader,
                () -> new ContainerProviderLookup.Outcome(null, "this selector does not look for one"));
    }

    /**
     * A selector over the adapters registered through {@link ServiceLoader}, and the application
     * server's provider when the server offers one.
     */
    public static ProviderSelector discover(ClassLoader classLoader) {
        List<CacheProviderAdapter> found = new ArrayList<>();
        for (CacheProviderAdapter adapter : ServiceLoader.load(CacheProviderAdapter.class, classLoader)) {
            found.add(adapter);
        }
        ContainerProviderLookup lookup = ContainerProviderLookup.payara(classLoader);
        return new ProviderSelector(found, classLoader, lookup::find);
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
            if (wanted.equalsIgnoreCase(ContainerProviderAdapter.ALIAS)) {
                ContainerProviderLookup.Outcome outcome = container.get();
                return outcome.found().map(this::containerAdapter)
                        .orElseThrow(() -> new NoCacheProviderException(configured.get().describe() + " asks for the"
                                + " application server's JCache provider, but there is none: " + outcome.reason()
                                + ". Select a provider module instead; available: " + describeAdapters()));
            }
            return adapters.stream()
                    .filter(a -> a.alias().equalsIgnoreCase(wanted) || a.cachingProviderClassName().equals(wanted))
                    .findFirst()
                    .orElseThrow(() -> new NoCacheProviderException(configured.get().describe()
                            + " names no provider on the class path; available: " + describeAdapters()
                            + ". Add the provider's cached-inference module, or set an available alias or class name"));
        }
        ContainerProviderLookup.Outcome outcome = container.get();
        if (outcome.found().isPresent()) {
            return containerAdapter(outcome.provider());
        }
        LOG.log(Level.DEBUG, () -> "No application server JCache provider (" + outcome.reason()
                + "); choosing among the provider modules: " + describeAdapters());
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

    private CacheProviderAdapter containerAdapter(CachingProvider provider) {
        LOG.log(Level.INFO, () -> "CI-004 cached-inference uses the application server's JCache provider "
                + provider.getClass().getName() + " (set " + CachedInferenceConfig.PROVIDER
                + " to use a provider module instead; on the class path: " + describeAdapters() + ")");
        return new ContainerProviderAdapter(provider);
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
