package io.cachedinference.hazelcast;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.cache.HazelcastMemberCachingProvider;
import com.hazelcast.config.CacheConfig;
import io.cachedinference.api.EvictionPolicy;
import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.spi.CacheProviderAdapter;
import io.cachedinference.api.spi.CacheSettings;
import io.cachedinference.hazelcast.internal.CacheConfigs;
import io.cachedinference.tck.KitProviderContext;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.stream.StreamSupport;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.Caching;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The entry bound over Hazelcast's default 271 partitions, filled far past it: the whole cache never
 * holds more than {@code maxEntries}, which Hazelcast's own sizing does not keep.
 */
final class HazelcastEntryBoundTest {

    private static final KitProviderContext CONTEXT = KitProviderContext.create();
    private static final CacheProviderAdapter ADAPTER = new HazelcastFixture().adapter();
    private static final int MAX_ENTRIES = 1_000;
    private static final int KEYS = 5 * MAX_ENTRIES;
    private static CacheManager manager;

    @BeforeAll
    static void openManager() {
        // no partition-count set: Hazelcast's default of 271
        manager = ADAPTER.openCacheManager(Caching.getCachingProvider(HazelcastMemberCachingProvider.class.getName()), CONTEXT);
    }

    @AfterAll
    static void closeManager() {
        manager.close();
    }

    @Test
    void lruCache_filledFivefold_holdsAtMostItsBound_andMostOfIt() {
        Cache<InferenceKey, Object> cache = create("bound-lru", EvictionPolicy.LRU);

        fill(cache);

        // 3 per partition: 813 of 1,000 (EntryBound's design notes)
        assertThat(size(cache)).isLessThanOrEqualTo(MAX_ENTRIES).isGreaterThanOrEqualTo(800);
    }

    @Test
    void lfuCache_filledFivefold_holdsAtMostItsBound() {
        Cache<InferenceKey, Object> cache = create("bound-lfu", EvictionPolicy.LFU);

        fill(cache);

        assertThat(size(cache)).isLessThanOrEqualTo(MAX_ENTRIES).isGreaterThanOrEqualTo(800);
    }

    @Test
    void hazelcastsOwnSizing_wouldHoldFarMore_whichIsWhyTheSizeIsFitted() {
        Cache<InferenceKey, Object> any = create("bound-any", EvictionPolicy.LRU);
        // Hazelcast's own manager, past the deployment manager that fits the size
        CacheManager hazelcasts = any.getCacheManager();
        Cache<InferenceKey, Object> unfitted = hazelcasts.createCache("bound-unfitted", CacheConfigs.of(
                new CacheSettings("bound-unfitted", EvictionPolicy.LRU, MAX_ENTRIES, Duration.ofMinutes(5))));
        @SuppressWarnings("unchecked")
        CacheConfig<InferenceKey, Object> config = unfitted.getConfiguration(CacheConfig.class);
        assertThat(config.getEvictionConfig().getSize()).isEqualTo(MAX_ENTRIES);

        fill(unfitted);

        assertThat(size(unfitted)).isGreaterThan(2 * MAX_ENTRIES);
    }

    private static Cache<InferenceKey, Object> create(String name, EvictionPolicy eviction) {
        return ADAPTER.cache(manager, new CacheSettings(name, eviction, MAX_ENTRIES,
                Duration.ofMinutes(5)), CONTEXT);
    }

    private static void fill(Cache<InferenceKey, Object> cache) {
        for (int i = 0; i < KEYS; i++) {
            cache.put(key(i), i);
        }
    }

    private static long size(Cache<InferenceKey, Object> cache) {
        return StreamSupport.stream(cache.spliterator(), false).count();
    }

    private static InferenceKey key(int i) {
        return new InferenceKey("bound-test", ByteBuffer.allocate(Long.BYTES).putLong(i * 0x9E3779B97F4A7C15L).array());
    }
}
