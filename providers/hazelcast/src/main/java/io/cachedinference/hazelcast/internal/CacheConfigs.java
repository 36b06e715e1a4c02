package io.cachedinference.hazelcast.internal;

import com.hazelcast.config.CacheConfig;
import com.hazelcast.config.EvictionConfig;
import com.hazelcast.config.EvictionPolicy;
import com.hazelcast.config.InMemoryFormat;
import com.hazelcast.config.MaxSizePolicy;
import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.spi.CacheSettings;
import java.util.concurrent.TimeUnit;
import javax.cache.expiry.Duration;
import javax.cache.expiry.ModifiedExpiryPolicy;

/**
 * Translates {@link CacheSettings} into a Hazelcast {@link CacheConfig}, shared by the member and
 * the client adapter, in named steps.
 *
 * <ul>
 *   <li>Storage: {@link InMemoryFormat#BINARY}, by value as Hazelcast always is. A hit
 *       deserializes the stored bytes once, on the caller's side; {@code OBJECT} would also
 *       serialize on every read. No key or value type is set, so the members of an external
 *       cluster need none of the application's classes.</li>
 *   <li>Maximum: {@link MaxSizePolicy#ENTRY_COUNT} with the size set to {@code maxEntries}; the
 *       deployment's cache manager then fits it to the cluster's partitions
 *       ({@link EntryBound}), which only it knows.</li>
 *   <li>Eviction: {@link EvictionPolicy#LFU} for LFU, {@link EvictionPolicy#LRU} for LRU and, as the
 *       safety bound, for TTL.</li>
 *   <li>Expiry: {@link ModifiedExpiryPolicy}, so an entry lives {@code ttl} from its last write
 *       (creation or update) whatever its reads, as {@code CacheSettings} defines it. Hazelcast
 *       keeps expiry times in milliseconds, so a shorter ttl is rounded up to 1 ms.</li>
 *   <li>JCache statistics and management are off: the interceptor keeps its own counters.</li>
 * </ul>
 */
public final class CacheConfigs {

    private CacheConfigs() {
    }

    /** The configuration of one cache. */
    public static CacheConfig<InferenceKey, Object> of(CacheSettings settings) {
        CacheConfig<InferenceKey, Object> config = new CacheConfig<>(settings.cacheName());
        addStorage(config);
        addMaximum(config, settings);
        addExpiry(config, settings);
        addMonitoring(config);
        return config;
    }

    private static void addStorage(CacheConfig<InferenceKey, Object> config) {
        config.setInMemoryFormat(InMemoryFormat.BINARY);
        config.setStoreByValue(true);
    }

    private static void addMaximum(CacheConfig<InferenceKey, Object> config, CacheSettings settings) {
        EvictionPolicy policy = switch (settings.eviction()) {
            case LFU -> EvictionPolicy.LFU;
            case LRU, TTL -> EvictionPolicy.LRU;
        };
        config.setEvictionConfig(new EvictionConfig()
                .setMaxSizePolicy(MaxSizePolicy.ENTRY_COUNT)
                .setSize((int) Math.min(settings.maxEntries(), Integer.MAX_VALUE))
                .setEvictionPolicy(policy));
    }

    private static void addExpiry(CacheConfig<InferenceKey, Object> config, CacheSettings settings) {
        config.setExpiryPolicyFactory(ModifiedExpiryPolicy.factoryOf(timeToLive(settings.ttl())));
    }

    private static void addMonitoring(CacheConfig<InferenceKey, Object> config) {
        config.setStatisticsEnabled(false);
        config.setManagementEnabled(false);
    }

    /** The ttl in whole milliseconds, at least 1; beyond about 292 million years, eternal. */
    static Duration timeToLive(java.time.Duration ttl) {
        try {
            return new Duration(TimeUnit.MILLISECONDS, Math.max(1, ttl.plusNanos(999_999).toMillis()));
        } catch (ArithmeticException e) {
            return Duration.ETERNAL;
        }
    }
}
