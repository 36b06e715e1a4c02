package io.cachedinference.ehcache.internal;

import io.cachedinference.api.EvictionPolicy;
import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.spi.CacheProviderAdapter;
import io.cachedinference.api.spi.CacheSettings;
import io.cachedinference.api.spi.PolicySupport;
import java.net.URI;
import javax.cache.CacheManager;
import javax.cache.configuration.Configuration;
import javax.cache.spi.CachingProvider;
import org.ehcache.config.builders.CacheConfigurationBuilder;
import org.ehcache.config.builders.ExpiryPolicyBuilder;
import org.ehcache.config.builders.ResourcePoolsBuilder;
import org.ehcache.core.config.DefaultConfiguration;
import org.ehcache.jsr107.Eh107Configuration;
import org.ehcache.jsr107.EhcacheCachingProvider;

/**
 * Ehcache 3, embedded and on heap: the default provider.
 *
 * <ul>
 *   <li>{@code maxEntries}: the heap tier's entry bound.</li>
 *   <li>{@code ttl}: time to live after write; an expired entry is never returned.</li>
 *   <li>LRU: approximate, as Ehcache evicts the least recently used of a small sample.</li>
 *   <li>TTL: exact. LFU: unsupported, Ehcache has no frequency-based eviction.</li>
 *   <li>Values are stored by reference: native configuration adds no copier, so a hit never
 *       serializes.</li>
 * </ul>
 */
public final class EhcacheAdapter implements CacheProviderAdapter {

    @Override
    public String alias() {
        return "ehcache";
    }

    @Override
    public String cachingProviderClassName() {
        return EhcacheCachingProvider.class.getName();
    }

    @Override
    public PolicySupport support(EvictionPolicy policy) {
        switch (policy) {
            case LRU:
                return PolicySupport.APPROXIMATE;
            case TTL:
                return PolicySupport.EXACT;
            default:
                return PolicySupport.UNSUPPORTED;
        }
    }

    @Override
    public CacheManager openCacheManager(CachingProvider provider, URI uri, ClassLoader classLoader) {
        // a URI other than the default is read as an XML file by the plain overload; ours names a deployment
        return ((EhcacheCachingProvider) provider).getCacheManager(uri, new DefaultConfiguration(classLoader));
    }

    @Override
    public Configuration<InferenceKey, Object> configuration(CacheSettings settings) {
        return Eh107Configuration.fromEhcacheCacheConfiguration(
                CacheConfigurationBuilder.newCacheConfigurationBuilder(InferenceKey.class, Object.class,
                                ResourcePoolsBuilder.heap(settings.maxEntries()))
                        .withExpiry(ExpiryPolicyBuilder.timeToLiveExpiration(settings.ttl())));
    }
}
