package io.cachedinference.caffeine.internal;

import com.github.benmanes.caffeine.jcache.configuration.CaffeineConfiguration;
import com.github.benmanes.caffeine.jcache.spi.CaffeineCachingProvider;
import io.cachedinference.api.EvictionPolicy;
import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.spi.CacheSettings;
import io.cachedinference.api.spi.Capabilities;
import io.cachedinference.api.spi.JCacheAdapter;
import io.cachedinference.api.spi.ProviderContext;
import io.cachedinference.api.spi.Storage;
import io.cachedinference.api.spi.Support;
import io.cachedinference.api.spi.ValueWeigher;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import javax.cache.CacheManager;
import javax.cache.configuration.Configuration;
import javax.cache.spi.CachingProvider;

/**
 * Caffeine's JCache adapter, on heap.
 *
 * <ul>
 *   <li>{@code maxEntries}: Caffeine's maximum size. Maintenance runs on the writing thread
 *       ({@link CallerRunsExecutorFactory}), so a single writer never sees more entries than the
 *       bound; concurrent writers may briefly exceed it until the next maintenance.</li>
 *   <li>{@code ttl}: expire after write; Caffeine never returns an expired entry, and drops it
 *       during the maintenance that later reads and writes drive (no scheduler thread).</li>
 *   <li>LFU: approximate. Caffeine evicts by W-TinyLFU: a frequency sketch decides admission to
 *       the main space, so a one-off scan does not flush a frequently used set, but counts are
 *       probabilistic and age, and a small recency window admits new entries first.</li>
 *   <li>LRU: approximate. The same W-TinyLFU policy, not strict LRU: the least recently used
 *       entry may stay when the newcomer is used less often. Caffeine has no other policy.</li>
 *   <li>TTL: exact, with the entry bound as a safety limit.</li>
 *   <li>Values are stored by reference: a hit never serializes.</li>
 *   <li>JCache statistics are enabled once the cache exists, so the statistics MXBean reports
 *       evictions; management stays off.</li>
 *   <li>Cache managers: the deployment's own URI. Caffeine keeps one manager
 *       per URI and class loader, and reads a URI only when it is a {@code file:}, {@code jar:} or
 *       classpath resource; for the deployment's {@code urn:cached-inference:<uuid>} it falls back
 *       to the application's Typesafe configuration, which needs no file. A cache that
 *       {@code application.conf} also defines under {@code caffeine.jcache} fails creation, as
 *       Caffeine refuses to create a cache that is configured externally.</li>
 * </ul>
 */
public final class CaffeineAdapter extends JCacheAdapter {

    public CaffeineAdapter() {
        super("caffeine", CaffeineCachingProvider.class.getName());
    }

    @Override
    public Capabilities capabilities() {
        return Capabilities.builder()
                .eviction(EvictionPolicy.LFU, Support.APPROXIMATE)
                .eviction(EvictionPolicy.LRU, Support.APPROXIMATE)
                .eviction(EvictionPolicy.TTL, Support.EXACT)
                .entryBound(Support.EXACT)
                .byteBound(Support.EXACT)
                .ttlJitter(Support.EXACT)
                .storage(Storage.BY_REFERENCE)
                .statistics(true)
                .build();
    }

    /** The manager of the deployment's own URI (see the class comment). */
    @Override
    public CacheManager openCacheManager(CachingProvider provider, ProviderContext context) {
        return provider.getCacheManager(context.deploymentUri(), context.classLoader());
    }

    @Override
    protected boolean usesProviderDefinedCaches() {
        return false;
    }

    @Override
    protected Configuration<InferenceKey, Object> configuration(CacheSettings settings, ProviderContext context) {
        return configuration(settings, context.weigher());
    }

    /** The configuration of one cache, weighing values with the weigher for a byte bound. */
    public static Configuration<InferenceKey, Object> configuration(CacheSettings settings, ValueWeigher weigher) {
        CaffeineConfiguration<InferenceKey, Object> config = new CaffeineConfiguration<>();
        config.setTypes(InferenceKey.class, Object.class);
        addStorage(config);
        if (settings.byteBounded()) {
            addMaximumWeight(config, settings, weigher);
        } else {
            addMaximum(config, settings);
        }
        addExpiry(config, settings);
        addMonitoring(config);
        return config;
    }

    private static void addStorage(CaffeineConfiguration<InferenceKey, Object> config) {
        config.setStoreByValue(false);
        config.setExecutorFactory(CallerRunsExecutorFactory.INSTANCE);
    }

    private static void addMaximum(CaffeineConfiguration<InferenceKey, Object> config, CacheSettings settings) {
        config.setMaximumSize(OptionalLong.of(settings.maxEntries()));
    }

    // Caffeine bounds either the entry count or the total weight: max-bytes replaces max-entries
    private static void addMaximumWeight(CaffeineConfiguration<InferenceKey, Object> config, CacheSettings settings,
            ValueWeigher weigher) {
        config.setMaximumSize(OptionalLong.empty());
        config.setMaximumWeight(OptionalLong.of(settings.maxBytes()));
        config.setWeigherFactory(Optional.of(new WeigherFactory(weigher)));
    }

    private static void addExpiry(CaffeineConfiguration<InferenceKey, Object> config, CacheSettings settings) {
        if (settings.jittered()) {
            config.setExpiryFactory(Optional.of(new JitteredExpiryFactory(settings)));
            return;
        }
        config.setExpireAfterWrite(OptionalLong.of(saturatedNanos(settings.ttl())));
    }

    private static void addMonitoring(CaffeineConfiguration<InferenceKey, Object> config) {
        config.setStatisticsEnabled(false);
        config.setNativeStatisticsEnabled(false);
        config.setManagementEnabled(false);
    }

    /** The duration in nanoseconds, or {@code Long.MAX_VALUE} beyond about 292 years (Caffeine caps it lower still). */
    private static long saturatedNanos(Duration duration) {
        try {
            return duration.toNanos();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }
}
