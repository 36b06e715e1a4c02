package io.cachedinference.ehcache.internal;

import io.cachedinference.api.EvictionPolicy;
import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.spi.CacheSettings;
import io.cachedinference.api.spi.Capabilities;
import io.cachedinference.api.spi.JCacheAdapter;
import io.cachedinference.api.spi.ProviderContext;
import io.cachedinference.api.spi.Storage;
import io.cachedinference.api.spi.Support;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.configuration.Configuration;
import javax.cache.spi.CachingProvider;
import org.ehcache.config.builders.CacheConfigurationBuilder;
import org.ehcache.config.builders.ExpiryPolicyBuilder;
import org.ehcache.config.builders.ResourcePoolsBuilder;
import org.ehcache.config.units.MemoryUnit;
import org.ehcache.core.config.DefaultConfiguration;
import org.ehcache.jsr107.Eh107Configuration;
import org.ehcache.jsr107.EhcacheCachingProvider;

/**
 * Ehcache 3, embedded and on heap: the default provider.
 *
 * <ul>
 *   <li>{@code maxEntries}: the heap tier's entry bound; {@code maxBytes}, when set, bounds the heap
 *       tier in bytes instead, as Ehcache sizes the stored object graphs (its own sizing, which
 *       counts keys and holders too). Approximate: Ehcache evicts at most two entries per write, which
 *       alone let a burst of large values overshoot the bound about twofold; {@link ByteBoundEnforcer}
 *       drives further evictions after such a write, so the values held stay within the bound plus
 *       the value just written.</li>
 *   <li>{@code ttl}: time to live after write; an expired entry is never returned.</li>
 *   <li>LRU: approximate, as Ehcache evicts the least recently used of a small sample.</li>
 *   <li>TTL: exact. LFU: unsupported, Ehcache has no frequency-based eviction.</li>
 *   <li>{@code ttlJitter}: a native expiry policy draws each written entry's time to live.</li>
 *   <li>Values are stored by reference: native configuration adds no copier, so a hit never
 *       serializes.</li>
 * </ul>
 */
public final class EhcacheAdapter extends JCacheAdapter {

    public EhcacheAdapter() {
        super("ehcache", EhcacheCachingProvider.class.getName());
    }

    @Override
    public Capabilities capabilities() {
        return Capabilities.builder()
                .eviction(EvictionPolicy.LRU, Support.APPROXIMATE)
                .eviction(EvictionPolicy.TTL, Support.EXACT)
                .entryBound(Support.EXACT)
                .byteBound(Support.APPROXIMATE)
                .ttlJitter(Support.EXACT)
                .storage(Storage.BY_REFERENCE)
                .statistics(true)
                .build();
    }

    @Override
    public CacheManager openCacheManager(CachingProvider provider, ProviderContext context) {
        // a URI other than the default is read as an XML file by the plain overload; ours names a deployment
        return ((EhcacheCachingProvider) provider).getCacheManager(context.deploymentUri(),
                new DefaultConfiguration(context.classLoader()));
    }

    @Override
    protected boolean usesProviderDefinedCaches() {
        return false;
    }

    /** A byte-bounded cache comes decorated so that bursts of large values cannot overshoot its bound. */
    @Override
    public Cache<InferenceKey, Object> cache(CacheManager manager, CacheSettings settings, ProviderContext context) {
        Cache<InferenceKey, Object> cache = super.cache(manager, settings, context);
        return settings.byteBounded() ? ByteBoundEnforcer.enforce(cache, settings.maxBytes(), context.weigher()) : cache;
    }

    @Override
    protected Configuration<InferenceKey, Object> configuration(CacheSettings settings, ProviderContext context) {
        return configuration(settings);
    }

    /** The native configuration of one cache, for tests and benchmarks that create it themselves. */
    public static Configuration<InferenceKey, Object> configuration(CacheSettings settings) {
        return Eh107Configuration.fromEhcacheCacheConfiguration(
                CacheConfigurationBuilder.newCacheConfigurationBuilder(InferenceKey.class, Object.class, heap(settings))
                        .withExpiry(settings.jittered() ? new JitteredExpiry(settings)
                                : ExpiryPolicyBuilder.timeToLiveExpiration(settings.ttl())));
    }

    // the heap tier is bounded either by entries or by bytes (sized by Ehcache's own object-graph sizing)
    private static ResourcePoolsBuilder heap(CacheSettings settings) {
        return settings.byteBounded()
                ? ResourcePoolsBuilder.newResourcePoolsBuilder().heap(settings.maxBytes(), MemoryUnit.B)
                : ResourcePoolsBuilder.heap(settings.maxEntries());
    }
}
