package io.cachedinference.hazelcast.internal;

import com.hazelcast.cache.HazelcastCachingProvider;
import com.hazelcast.cache.HazelcastMemberCachingProvider;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import io.cachedinference.api.EvictionPolicy;
import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.spi.CacheSettings;
import io.cachedinference.api.spi.Capabilities;
import io.cachedinference.api.spi.JCacheAdapter;
import io.cachedinference.api.spi.ProviderContext;
import io.cachedinference.api.spi.Storage;
import io.cachedinference.api.spi.Support;
import java.net.URI;
import javax.cache.CacheManager;
import javax.cache.configuration.Configuration;
import javax.cache.spi.CachingProvider;

/**
 * Hazelcast as an embedded member, alias {@code hazelcast}: each deployment starts a member of its
 * own, which shares caches with every member of the same cluster. For a client of an existing
 * cluster, see {@link HazelcastClientAdapter}.
 *
 * <ul>
 *   <li>{@code maxEntries}: a strict bound on the whole cache across the cluster, which Hazelcast
 *       keeps per partition; the usable capacity is up to {@code partitions − 1} entries lower, and
 *       a bound below one entry per partition (271 by default) fails deployment. See
 *       {@link EntryBound}.</li>
 *   <li>{@code ttl}: after write; an expired entry is never returned.</li>
 *   <li>LRU: approximate. Before an insert into a full partition, Hazelcast evicts the least
 *       recently used of up to 15 entries sampled from that partition: neither exact within a large
 *       partition nor global across partitions.</li>
 *   <li>LFU: approximate, the same sampling by access count.</li>
 *   <li>TTL: exact, with sampled LRU as the safety bound.</li>
 *   <li>Values are stored <b>by value</b>, unlike the SPI's by-reference rule: Hazelcast keeps
 *       every entry serialized ({@code BINARY} format), also in an embedded member, and offers no
 *       store by reference. Every hit deserializes, and results must be {@link java.io.Serializable}
 *       (or have a Hazelcast serializer); a result that is not fails its store, which the
 *       interceptor counts as a cache error while the call still succeeds.</li>
 *   <li>Cache managers: one member per deployment, configured by {@link HazelcastSettings}
 *       (loopback only, in a private cluster unless {@code cached-inference.hazelcast.cluster-name}
 *       names a shared one) and shut down with the manager. Every deployment's manager uses the URI
 *       {@value #MANAGER_URI}, so members of one cluster find each other's caches by name; each gets
 *       a private {@link HazelcastMemberCachingProvider}, as a provider hands out one manager per URI
 *       and class loader.</li>
 * </ul>
 */
public final class HazelcastAdapter extends JCacheAdapter {

    /** The URI of every deployment's manager: Hazelcast prefixes cache names with it cluster-wide. */
    static final String MANAGER_URI = "urn:cached-inference";

    public HazelcastAdapter() {
        super("hazelcast", HazelcastMemberCachingProvider.class.getName());
    }

    @Override
    public Capabilities capabilities() {
        return capabilitiesOfHazelcast();
    }

    /** Declared once for member and client, which run the same eviction on the members. */
    static Capabilities capabilitiesOfHazelcast() {
        return Capabilities.builder()
                .eviction(EvictionPolicy.LRU, Support.APPROXIMATE)
                .eviction(EvictionPolicy.LFU, Support.APPROXIMATE)
                .eviction(EvictionPolicy.TTL, Support.EXACT)
                .entryBound(Support.EXACT)
                .storage(Storage.BY_VALUE)
                .statistics(true)
                .sharedAcrossProcesses(true)
                .build();
    }

    @Override
    public CacheManager openCacheManager(CachingProvider provider, ProviderContext context) {
        HazelcastSettings settings = HazelcastSettings.read(context.settings());
        HazelcastInstance member = Hazelcast.newHazelcastInstance(InstanceConfigs.member(settings, context.classLoader()));
        return manage(new HazelcastMemberCachingProvider(), member, settings);
    }

    /**
     * Opens a manager over the instance with a private provider; shuts the instance down when that
     * fails. A {@code null} class loader keeps the class loader out of the cache names, which must be
     * equal in every member.
     */
    static CacheManager manage(CachingProvider privateProvider, HazelcastInstance instance,
            HazelcastSettings settings) {
        try {
            CacheManager manager = privateProvider.getCacheManager(URI.create(MANAGER_URI), null,
                    HazelcastCachingProvider.propertiesByInstanceItself(instance));
            return new DeploymentCacheManager(manager, instance, settings.backupCount());
        } catch (RuntimeException e) {
            instance.shutdown();
            throw e;
        }
    }

    @Override
    protected boolean usesProviderDefinedCaches() {
        return false;
    }

    @Override
    protected Configuration<InferenceKey, Object> configuration(CacheSettings settings, ProviderContext context) {
        return CacheConfigs.of(settings);
    }
}
