package io.cachedinference.payara.internal;

import io.cachedinference.api.EvictionPolicy;
import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.spi.CacheSettings;
import io.cachedinference.api.spi.Capabilities;
import io.cachedinference.api.spi.JCacheAdapter;
import io.cachedinference.api.spi.ProviderConfigurationException;
import io.cachedinference.api.spi.ProviderContext;
import io.cachedinference.api.spi.Storage;
import io.cachedinference.api.spi.Support;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.function.Function;
import javax.cache.CacheManager;
import javax.cache.configuration.Configuration;
import javax.cache.expiry.Duration;
import javax.cache.spi.CachingProvider;

/**
 * Payara's own JCache provider, alias {@value #ALIAS}: a {@code HazelcastServerCachingProvider} over the
 * server's Hazelcast member, found under JNDI {@code payara/CachingProvider} ({@link PayaraProviderLookup}).
 * With this module in the application, it is chosen when {@code cached-inference.provider} is not set and
 * the server offers it, or when that key names {@value #ALIAS}.
 *
 * <ul>
 *   <li>Values are stored <b>by value</b>: Hazelcast keeps every entry serialized and has no store by
 *       reference, so every hit deserializes, and results must be {@link java.io.Serializable}.</li>
 *   <li>{@code maxEntries}: Hazelcast's {@code ENTRY_COUNT} bound, kept per partition, so approximate
 *       and possibly above {@code maxEntries} (see {@link PayaraCacheConfigs}). {@code maxBytes} and TTL
 *       jitter: unsupported.</li>
 *   <li>LRU and LFU: approximate (sampled). TTL: exact, an entry lives {@code ttl} after its last write.</li>
 *   <li>Caches are private to the deployment: its manager's URI is unique to it, so two applications, or
 *       two members of a Payara cluster, do not share entries. As the caches live in the server's member,
 *       not in the deployment, they are destroyed when the deployment closes them.</li>
 * </ul>
 */
public final class PayaraAdapter extends JCacheAdapter {

    /** The alias that selects the server's provider. */
    static final String ALIAS = "payara";
    /** The class of the provider Payara binds. */
    static final String PROVIDER_CLASS = "com.hazelcast.cache.impl.HazelcastServerCachingProvider";

    private static final Logger LOG = System.getLogger("io.cachedinference.payara");

    private final Function<ClassLoader, PayaraProviderLookup> lookups;
    private CachingProvider located;

    /** The adapter ServiceLoader creates, looking Payara's provider up in JNDI. */
    public PayaraAdapter() {
        this(PayaraProviderLookup::payara);
    }

    PayaraAdapter(Function<ClassLoader, PayaraProviderLookup> lookups) {
        super(ALIAS, PROVIDER_CLASS);
        this.lookups = lookups;
    }

    @Override
    public Capabilities capabilities() {
        return Capabilities.builder()
                .eviction(EvictionPolicy.LRU, Support.APPROXIMATE)
                .eviction(EvictionPolicy.LFU, Support.APPROXIMATE)
                .eviction(EvictionPolicy.TTL, Support.EXACT)
                .entryBound(Support.APPROXIMATE)
                .storage(Storage.BY_VALUE)
                .statistics(true)
                .build();
    }

    /** Whether the server binds its provider; the lookup is bounded in time and never throws. */
    @Override
    public boolean offeredByEnvironment(ProviderContext context) {
        PayaraProviderLookup.Outcome outcome = lookups.apply(context.classLoader()).find();
        LOG.log(Level.DEBUG, () -> "Payara's JCache provider: " + outcome.reason());
        outcome.found().ifPresent(p -> located = p);
        return located != null;
    }

    /** The server's provider instance: it is not loaded by class name, as it is not on the class path. */
    @Override
    public CachingProvider locate(ProviderContext context) {
        if (located == null) {
            PayaraProviderLookup.Outcome outcome = lookups.apply(context.classLoader()).find();
            located = outcome.found().orElseThrow(() -> new ProviderConfigurationException(
                    "cached-inference.provider=" + ALIAS + " asks for Payara's own JCache provider, but there is none: "
                            + outcome.reason() + ". Deploy to Payara, or select a provider module with"
                            + " cached-inference.provider"));
        }
        return located;
    }

    /**
     * Opens the manager without a class loader: Hazelcast would put the class loader's {@code toString()}
     * into every cache's name (Payara's runs to several hundred characters), and the URI alone already
     * names the deployment.
     */
    @Override
    public CacheManager openCacheManager(CachingProvider provider, ProviderContext context) {
        return provider.getCacheManager(context.deploymentUri(), null);
    }

    @Override
    protected boolean usesProviderDefinedCaches() {
        return false;
    }

    @Override
    protected Configuration<InferenceKey, Object> configuration(CacheSettings settings, ProviderContext context) {
        return PayaraCacheConfigs.of(settings, located.getClass().getClassLoader());
    }

    /** Destroys the deployment's caches in the server first, as they outlive the deployment, then closes the manager. */
    @Override
    public void close(CacheManager manager) {
        try {
            for (String name : manager.getCacheNames()) {
                manager.destroyCache(name);
            }
        } finally {
            manager.close();
        }
    }

    /** The expiry of a ttl, as every adapter of this project rounds it. */
    static Duration expiryOf(java.time.Duration ttl) {
        return expiry(ttl);
    }
}
