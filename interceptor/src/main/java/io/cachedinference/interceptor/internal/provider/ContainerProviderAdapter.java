package io.cachedinference.interceptor.internal.provider;

import io.cachedinference.api.EvictionPolicy;
import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.spi.CacheProviderAdapter;
import io.cachedinference.api.spi.CacheSettings;
import io.cachedinference.api.spi.PolicySupport;
import java.net.URI;
import javax.cache.CacheManager;
import javax.cache.configuration.Configuration;
import javax.cache.spi.CachingProvider;

/**
 * The JCache provider of the application server, alias {@value #ALIAS}: today Payara's, a
 * {@code HazelcastServerCachingProvider} over the server's own Hazelcast member, found by
 * {@link ContainerProviderLookup}. Used when {@code cached-inference.provider} is not set and the
 * server offers one, or when it is set to {@value #ALIAS}.
 *
 * <ul>
 *   <li>Values are stored <b>by value</b>: Hazelcast keeps every entry serialized and has no store by
 *       reference, so every hit deserializes, and results must be {@link java.io.Serializable}
 *       (deployment checks the declared result types).</li>
 *   <li>{@code maxEntries}: Hazelcast's {@code ENTRY_COUNT} bound, kept per partition, so
 *       approximate and possibly above {@code maxEntries} (see {@link HazelcastCacheConfigs}).
 *       {@code maxBytes}: unsupported.</li>
 *   <li>LRU and LFU: approximate (sampled). TTL: exact, an entry lives {@code ttl} after its last
 *       write.</li>
 *   <li>Caches are private to the deployment, like every provider's here: its manager's URI is unique
 *       to it, so two applications, or two members of a Payara cluster, do not share entries. As the
 *       caches live in the server's member, not in the deployment, they are destroyed when the
 *       deployment's caches are closed.</li>
 * </ul>
 */
final class ContainerProviderAdapter implements CacheProviderAdapter {

    /** The alias that asks for the server's provider explicitly. */
    static final String ALIAS = "container";

    private final CachingProvider provider;

    ContainerProviderAdapter(CachingProvider provider) {
        this.provider = provider;
    }

    /** The server's provider instance: it is not loaded by class name, as it is not on the class path. */
    CachingProvider provider() {
        return provider;
    }

    @Override
    public String alias() {
        return ALIAS;
    }

    @Override
    public String cachingProviderClassName() {
        return provider.getClass().getName();
    }

    @Override
    public PolicySupport support(EvictionPolicy policy) {
        switch (policy) {
            case LRU:
            case LFU:
                return PolicySupport.APPROXIMATE;
            case TTL:
                return PolicySupport.EXACT;
            default:
                return PolicySupport.UNSUPPORTED;
        }
    }

    @Override
    public boolean storesByValue() {
        return true;
    }

    /**
     * Opens the manager without a class loader: Hazelcast would put the class loader's
     * {@code toString()} into every cache's name (Payara's runs to several hundred characters), and
     * the URI alone already names the deployment.
     */
    @Override
    public CacheManager openCacheManager(CachingProvider provider, URI uri, ClassLoader classLoader) {
        return provider.getCacheManager(uri, null);
    }

    @Override
    public Configuration<InferenceKey, Object> configuration(CacheSettings settings) {
        return HazelcastCacheConfigs.of(settings, provider.getClass().getClassLoader());
    }
}
