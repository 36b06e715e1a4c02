package io.cachedinference.api.spi;

import io.cachedinference.api.EvictionPolicy;
import io.cachedinference.api.InferenceKey;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.configuration.Configuration;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.configuration.OptionalFeature;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.Duration;
import javax.cache.spi.CachingProvider;

/**
 * Drives any JCache provider through the JSR-107 API alone; the core uses it for a
 * {@code cached-inference.provider} class name that no dedicated adapter claims, and dedicated adapters
 * extend it to express what JSR-107 cannot.
 *
 * <p>As the generic adapter:
 * <ul>
 *   <li>The cache manager is the provider's for {@value #PROVIDER_URI} (a {@code classpath:} resource, a
 *       file, or whatever URI the provider reads, such as {@code classpath:ehcache.xml} or a
 *       {@code cache2k.xml}) with the properties {@value #PROVIDER_PROPERTIES}{@code *}; without a URI,
 *       the provider's default manager for the deployment's class loader.</li>
 *   <li>A cache the provider's configuration defines under the cache's name is used as configured: its
 *       bound, eviction and expiry are the provider's.</li>
 *   <li>Any other cache is created with a {@link MutableConfiguration}: expiry {@code ttl} after creation
 *       ({@link CreatedExpiryPolicy}), statistics and management on, stored by reference when the provider
 *       supports it, else by value. JSR-107 cannot state an entry or byte bound, nor LRU or LFU
 *       ({@link Support#PROVIDER_CONFIGURED}), so such a cache fails deployment, saying how to define it
 *       in the provider's configuration, unless {@code cached-inference.cache.<name>.bound=provider}
 *       accepts the provider's own default.</li>
 *   <li>TTL jitter is unsupported; evictions are read from the JCache statistics MXBean.</li>
 *   <li>Providers restrict cache names (cache2k refuses brackets and parentheses), so a name with any
 *       character but letters, digits, {@code .}, {@code -} and {@code _}, such as a method's default cache
 *       name {@code com.acme.Model#infer(float[])}, is given to the provider in a portable form: those
 *       characters replaced by {@code _}, and a hash of the whole name appended so no two caches meet
 *       ({@link #portableName}). Name a cache to define it in the provider's configuration.</li>
 * </ul>
 */
public class JCacheAdapter implements CacheProviderAdapter {

    /** The URI of the provider's own configuration, for the generic adapter. */
    public static final String PROVIDER_URI = "cached-inference.provider.uri";
    /** The prefix of the properties handed to the provider with its manager, for the generic adapter. */
    public static final String PROVIDER_PROPERTIES = "cached-inference.provider.properties.";

    private static final Logger LOG = System.getLogger("io.cachedinference");
    private static final String CLASSPATH = "classpath:";
    private static final Pattern PORTABLE = Pattern.compile("[A-Za-z0-9._-]+");

    private final String alias;
    private final String providerClassName;
    private final CachingProvider provider;

    /** The generic adapter of a provider that has no dedicated one; its alias is the provider's class name. */
    public JCacheAdapter(CachingProvider provider) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.providerClassName = provider.getClass().getName();
        this.alias = providerClassName;
    }

    /** A dedicated adapter's alias and provider class, which it loads when asked to {@link #locate}. */
    protected JCacheAdapter(String alias, String providerClassName) {
        this.alias = Objects.requireNonNull(alias, "alias");
        this.providerClassName = Objects.requireNonNull(providerClassName, "providerClassName");
        this.provider = null;
    }

    @Override
    public String alias() {
        return alias;
    }

    @Override
    public String cachingProviderClassName() {
        return providerClassName;
    }

    /**
     * The generic capabilities: bounds, LRU and LFU {@link Support#PROVIDER_CONFIGURED}, TTL exact, no TTL
     * jitter, statistics published, and storage by reference when the provider supports it.
     */
    @Override
    public Capabilities capabilities() {
        boolean byReference = provider != null && provider.isSupported(OptionalFeature.STORE_BY_REFERENCE);
        return Capabilities.builder()
                .eviction(EvictionPolicy.LRU, Support.PROVIDER_CONFIGURED)
                .eviction(EvictionPolicy.LFU, Support.PROVIDER_CONFIGURED)
                .eviction(EvictionPolicy.TTL, Support.EXACT)
                .entryBound(Support.PROVIDER_CONFIGURED)
                .byteBound(Support.PROVIDER_CONFIGURED)
                .storage(byReference ? Storage.BY_REFERENCE : Storage.BY_VALUE)
                .statistics(true)
                .build();
    }

    @Override
    public CachingProvider locate(ProviderContext context) {
        return provider != null ? provider : Caching.getCachingProvider(providerClassName, context.classLoader());
    }

    /** The provider's manager for {@value #PROVIDER_URI} and {@value #PROVIDER_PROPERTIES}{@code *}, or its default one. */
    @Override
    public CacheManager openCacheManager(CachingProvider provider, ProviderContext context) {
        ProviderSettings settings = context.settings();
        URI uri = settings.get(PROVIDER_URI, null, value -> resolve(value, context.classLoader()), u -> true,
                "a URI the provider reads, or classpath:<resource> naming a resource on the class path");
        Properties properties = new Properties();
        properties.putAll(settings.withPrefix(PROVIDER_PROPERTIES));
        settings.check();
        return provider.getCacheManager(uri != null ? uri : provider.getDefaultURI(), context.classLoader(), properties);
    }

    /**
     * The cache the provider's configuration defines, when {@link #usesProviderDefinedCaches()}; else a new
     * one with {@link #configuration}, after checking that what it asks for can be expressed, with JCache
     * statistics enabled when {@link Capabilities#statistics()}.
     */
    @Override
    public Cache<InferenceKey, Object> cache(CacheManager manager, CacheSettings settings, ProviderContext context) {
        String name = usesProviderDefinedCaches() ? portableName(settings.cacheName()) : settings.cacheName();
        if (usesProviderDefinedCaches()) {
            Cache<InferenceKey, Object> defined = defined(manager, name);
            if (defined != null) {
                LOG.log(Level.INFO, () -> "CI-005 cache '" + name + "' is defined by the configuration of provider "
                        + alias + " (" + manager.getURI() + ") and used as configured there: its bound, eviction and"
                        + " expiry are the provider's");
                enableStatistics(manager, name);
                return defined;
            }
        }
        requireExpressible(manager, settings);
        Cache<InferenceKey, Object> cache = manager.createCache(name, configuration(settings, context));
        if (capabilities().statistics()) {
            enableStatistics(manager, name);
        }
        return cache;
    }

    /**
     * Whether a cache the provider's own configuration defines is used as configured. {@code true} for the
     * generic adapter; a dedicated adapter that states every setting itself returns {@code false}.
     */
    protected boolean usesProviderDefinedCaches() {
        return true;
    }

    /**
     * The configuration of a new cache. The generic one: a {@link MutableConfiguration} with the expiry,
     * statistics, management and storage described above.
     */
    protected Configuration<InferenceKey, Object> configuration(CacheSettings settings, ProviderContext context) {
        MutableConfiguration<InferenceKey, Object> config = new MutableConfiguration<>();
        config.setTypes(InferenceKey.class, Object.class);
        config.setExpiryPolicyFactory(CreatedExpiryPolicy.factoryOf(expiry(settings.ttl())));
        config.setStatisticsEnabled(true);
        config.setManagementEnabled(true);
        config.setStoreByValue(capabilities().storage() == Storage.BY_VALUE);
        return config;
    }

    /**
     * The name a provider that restricts cache names accepts: the name itself when it has only letters,
     * digits, {@code .}, {@code -} and {@code _}; otherwise every other character replaced by {@code _},
     * followed by {@code -} and eight hexadecimal digits of the name's hash.
     */
    public static String portableName(String name) {
        if (PORTABLE.matcher(name).matches()) {
            return name;
        }
        return name.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + String.format("%08x", name.hashCode());
    }

    /** A time to live in whole milliseconds, at least one, rounded up; eternal beyond about 292 million years. */
    protected static Duration expiry(java.time.Duration ttl) {
        try {
            return new Duration(TimeUnit.MILLISECONDS, Math.max(1, ttl.plusNanos(999_999).toMillis()));
        } catch (ArithmeticException e) {
            return Duration.ETERNAL;
        }
    }

    private void requireExpressible(CacheManager manager, CacheSettings settings) {
        if (settings.boundByProvider()) {
            return;
        }
        Capabilities capabilities = capabilities();
        boolean policy = capabilities.eviction(settings.eviction()) == Support.PROVIDER_CONFIGURED;
        boolean bound = (settings.byteBounded() ? capabilities.byteBound() : capabilities.entryBound())
                == Support.PROVIDER_CONFIGURED;
        if (!policy && !bound) {
            return;
        }
        String asked = (policy ? "eviction=" + settings.eviction() + ", " : "")
                + (settings.byteBounded() ? "max-bytes=" + settings.maxBytes() : "max-entries=" + settings.maxEntries());
        String name = settings.cacheName();
        throw new ProviderConfigurationException("Cache '" + name + "' is not defined in the configuration of"
                + " provider " + alias + " (cache manager " + manager.getURI() + "), and JSR-107 cannot give it the"
                + " bound or eviction it asks for (" + asked + "). Define a cache named '" + portableName(name)
                + "' in the provider's own configuration and point " + PROVIDER_URI + " at that file, or set"
                + " cached-inference.cache." + name + ".bound=provider to accept the provider's default bound and"
                + " eviction [cache=" + name + "]");
    }

    @SuppressWarnings("unchecked")
    private Cache<InferenceKey, Object> defined(CacheManager manager, String name) {
        try {
            return (Cache<InferenceKey, Object>) (Cache<?, ?>) manager.getCache(name);
        } catch (IllegalArgumentException | ClassCastException e) {
            throw new ProviderConfigurationException("Cache '" + name + "' is defined in the configuration of"
                    + " provider " + alias + " (" + manager.getURI() + ") with key or value types of its own; define"
                    + " it without types, or with " + InferenceKey.class.getName() + " keys and Object values"
                    + " [cache=" + name + "]");
        }
    }

    private void enableStatistics(CacheManager manager, String name) {
        try {
            manager.enableStatistics(name, true);
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, () -> "Provider " + alias + " cannot enable JCache statistics of cache " + name
                    + "; evictions will not be reported: " + e);
        }
    }

    private static URI resolve(String value, ClassLoader classLoader) {
        if (value.startsWith(CLASSPATH)) {
            String resource = value.substring(CLASSPATH.length()).replaceFirst("^/", "");
            URL url = classLoader.getResource(resource);
            if (url == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            try {
                return url.toURI();
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException(e);
            }
        }
        return URI.create(value);
    }
}
