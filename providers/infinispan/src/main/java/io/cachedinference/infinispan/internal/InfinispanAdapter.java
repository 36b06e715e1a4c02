package io.cachedinference.infinispan.internal;

import io.cachedinference.api.EvictionPolicy;
import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.spi.CacheSettings;
import io.cachedinference.api.spi.Capabilities;
import io.cachedinference.api.spi.JCacheAdapter;
import io.cachedinference.api.spi.ProviderContext;
import io.cachedinference.api.spi.Storage;
import io.cachedinference.api.spi.Support;
import javax.cache.CacheManager;
import javax.cache.configuration.Configuration;
import javax.cache.spi.CachingProvider;
import org.infinispan.jcache.embedded.JCachingProvider;
import org.infinispan.manager.DefaultCacheManager;

/**
 * Infinispan's embedded JCache, on heap, alias {@code infinispan}.
 *
 * <ul>
 *   <li>{@code maxEntries}: {@code memory.max-count}; a strict bound after every write.</li>
 *   <li>{@code ttl}: {@code expiration.lifespan}, after write; an expired entry is never
 *       returned.</li>
 *   <li>LFU: approximate. Infinispan bounds its data container with Caffeine, so eviction is
 *       W-TinyLFU: a frequency sketch decides admission, counts are probabilistic and age, and a
 *       small recency window admits new entries first.</li>
 *   <li>LRU: approximate, the same W-TinyLFU: Infinispan offers no other policy (its
 *       {@code when-full} strategy only chooses between removing, refusing and nothing).</li>
 *   <li>TTL: exact, with the entry bound as a safety limit.</li>
 *   <li>Values are stored by reference: object storage on heap and JCache store-by-value off, so a
 *       hit returns the stored instance and never serializes.</li>
 *   <li>Reads: a hit is a plain read, which eviction counts as one; Infinispan's own JCache read is a
 *       read-write command that eviction counted as a write, evicting what was read
 *       ({@link PlainReadJCache}).</li>
 *   <li>Clustering, by configuration ({@link InfinispanSettings}): with
 *       {@code cached-inference.infinispan.cluster-name} set, the deployment's cache manager joins
 *       that JGroups cluster over TCP on {@code 127.0.0.1} (discovery by TCPPING, no multicast), and
 *       every cache is distributed synchronously over {@code owners} members (2: losing one loses no
 *       entry). The bound and the expiry then hold per member, eviction is each member's own, and
 *       entries cross members by Java serialization of allowed classes only. A local read on an
 *       owner still returns the stored instance.</li>
 *   <li>Cache managers: {@link JCachingProvider} reads a non-default URI as a configuration file
 *       (and silently falls back to defaults when there is none), forces JMX and statistics on, and
 *       keeps one manager per URI. So each deployment builds its own {@link DefaultCacheManager}
 *       from {@link GlobalConfigurations} and wraps it in a {@link DeploymentJCacheManager}; closing
 *       that stops the cache manager and its threads. RxJava's one evictor thread per JVM, which
 *       Infinispan starts on first use, stays.</li>
 * </ul>
 */
public final class InfinispanAdapter extends JCacheAdapter {

    public InfinispanAdapter() {
        super("infinispan", JCachingProvider.class.getName());
    }

    /**
     * Statistics declined: with JCache statistics on, Infinispan's {@code get} takes its read-write path,
     * which eviction counts as a write and which returns copies (see {@link PlainReadJCache}); and
     * Infinispan registers no statistics MXBean for these managers anyway, so evictions are unknown.
     */
    @Override
    public Capabilities capabilities() {
        return Capabilities.builder()
                .eviction(EvictionPolicy.LFU, Support.APPROXIMATE)
                .eviction(EvictionPolicy.LRU, Support.APPROXIMATE)
                .eviction(EvictionPolicy.TTL, Support.EXACT)
                .entryBound(Support.EXACT)
                .storage(Storage.BY_REFERENCE)
                .statistics(false)
                .sharedAcrossProcesses(true)
                .build();
    }

    @Override
    public CacheManager openCacheManager(CachingProvider provider, ProviderContext context) {
        InfinispanSettings settings = InfinispanSettings.read(context.settings());
        // started here, so a bind or join failure fails deployment rather than the first call
        DefaultCacheManager cacheManager = new DefaultCacheManager(
                GlobalConfigurations.of(settings, context.classLoader()), true);
        try {
            return new DeploymentJCacheManager(context.deploymentUri(), cacheManager, provider, settings.owners());
        } catch (RuntimeException e) {
            cacheManager.stop();
            throw e;
        }
    }

    @Override
    protected boolean usesProviderDefinedCaches() {
        return false;
    }

    @Override
    protected Configuration<InferenceKey, Object> configuration(CacheSettings settings, ProviderContext context) {
        return CacheConfigurations.of(settings);
    }
}
