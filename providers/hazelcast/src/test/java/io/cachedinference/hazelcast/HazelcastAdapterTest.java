package io.cachedinference.hazelcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hazelcast.cache.HazelcastMemberCachingProvider;
import com.hazelcast.config.CacheConfig;
import com.hazelcast.config.InMemoryFormat;
import com.hazelcast.config.MaxSizePolicy;
import com.hazelcast.nio.serialization.HazelcastSerializationException;
import io.cachedinference.api.EvictionPolicy;
import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.spi.CacheProviderAdapter;
import io.cachedinference.api.spi.CacheSettings;
import io.cachedinference.hazelcast.internal.CacheConfigs;
import io.cachedinference.api.spi.Support;
import io.cachedinference.tck.KitProviderContext;
import io.cachedinference.tck.ProviderFixture;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.expiry.ExpiryPolicy;
import javax.cache.expiry.ModifiedExpiryPolicy;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The adapter's translation, seen through the caches it configures in one loopback member. */
final class HazelcastAdapterTest {

    private static final KitProviderContext CONTEXT = KitProviderContext.create();
    private static final CacheProviderAdapter ADAPTER = new HazelcastFixture().adapter();
    private static final AtomicInteger CACHES = new AtomicInteger();
    private static CacheManager manager;

    @BeforeAll
    static void openManager() {
        manager = ADAPTER.openCacheManager(Caching.getCachingProvider(HazelcastMemberCachingProvider.class.getName()), CONTEXT);
    }

    @AfterAll
    static void closeManager() {
        manager.close();
    }

    @Test
    void capabilities_areApproximateForLruAndLfu_exactForTtl_inMemberAndClientMode() {
        for (String alias : new String[] {"hazelcast", "hazelcast-client"}) {
            CacheProviderAdapter adapter = fixture(alias).adapter();

            assertThat(adapter.capabilities().eviction(EvictionPolicy.LRU)).as(alias).isEqualTo(Support.APPROXIMATE);
            assertThat(adapter.capabilities().eviction(EvictionPolicy.LFU)).as(alias).isEqualTo(Support.APPROXIMATE);
            assertThat(adapter.capabilities().eviction(EvictionPolicy.TTL)).as(alias).isEqualTo(Support.EXACT);
        }
    }

    @Test
    void eachPolicy_becomesAnEntryCountEvictionOfItsKind() {
        assertThat(config(EvictionPolicy.LRU).getEvictionConfig().getEvictionPolicy())
                .isEqualTo(com.hazelcast.config.EvictionPolicy.LRU);
        assertThat(config(EvictionPolicy.LFU).getEvictionConfig().getEvictionPolicy())
                .isEqualTo(com.hazelcast.config.EvictionPolicy.LFU);
        // TTL keeps the entry bound as a safety limit, evicting the least recently used first
        assertThat(config(EvictionPolicy.TTL).getEvictionConfig().getEvictionPolicy())
                .isEqualTo(com.hazelcast.config.EvictionPolicy.LRU);
        assertThat(config(EvictionPolicy.LRU).getEvictionConfig().getMaxSizePolicy())
                .isEqualTo(MaxSizePolicy.ENTRY_COUNT);
    }

    @Test
    void createdCache_isStoredByValueInBinaryForm_withTheSizeFittedToThePartitions() {
        Cache<InferenceKey, Object> cache = create(EvictionPolicy.LRU, 1_000, Duration.ofMinutes(5));

        @SuppressWarnings("unchecked")
        CacheConfig<InferenceKey, Object> config = cache.getConfiguration(CacheConfig.class);
        assertThat(config.isStoreByValue()).isTrue();
        assertThat(config.getInMemoryFormat()).isEqualTo(InMemoryFormat.BINARY);
        assertThat(config.getBackupCount()).isEqualTo(1);
        // 1,000 over Hazelcast's 271 partitions: 3 per partition, which this size gives
        assertThat(config.getEvictionConfig().getSize()).isLessThan(1_000);
    }

    @Test
    void ttl_countsFromTheLastWrite_andReadsDoNotExtendIt() {
        ExpiryPolicy expiry = config(EvictionPolicy.TTL).getExpiryPolicyFactory().create();

        assertThat(expiry).isInstanceOf(ModifiedExpiryPolicy.class);
        assertThat(expiry.getExpiryForCreation()).isEqualTo(new javax.cache.expiry.Duration(TimeUnit.MILLISECONDS,
                30_000));
        assertThat(expiry.getExpiryForUpdate()).isEqualTo(expiry.getExpiryForCreation());
        assertThat(expiry.getExpiryForAccess()).as("a read leaves the expiry as it is").isNull();
    }

    @Test
    void entryExpires_althoughReadAllAlong() {
        Cache<InferenceKey, Object> cache = create(EvictionPolicy.TTL, 1_000, Duration.ofMillis(300));
        cache.put(key(1), "value");
        assertThat(cache.get(key(1))).isEqualTo("value");

        // reads every 20 ms: an expiry that counted from the last read would never end
        Awaitility.await().atMost(java.time.Duration.ofSeconds(5)).pollInterval(java.time.Duration.ofMillis(20))
                .until(() -> cache.get(key(1)) == null);
    }

    @Test
    void hit_returnsAnEqualCopy_neverTheStoredInstance() {
        Cache<InferenceKey, Object> cache = create(EvictionPolicy.LRU, 1_000, Duration.ofMinutes(5));
        float[] value = {1, 2, 3};

        cache.put(key(1), value);
        value[0] = 99;

        Object first = cache.get(key(1));
        assertThat(first).isEqualTo(new float[] {1, 2, 3}).isNotSameAs(value);
        assertThat(cache.get(key(1))).isNotSameAs(first);
    }

    @Test
    void nonSerializableValue_cannotBeStored() {
        Cache<InferenceKey, Object> cache = create(EvictionPolicy.LRU, 1_000, Duration.ofMinutes(5));

        assertThatThrownBy(() -> cache.put(key(1), new Object()))
                .isInstanceOf(HazelcastSerializationException.class);
        assertThat(cache.get(key(1))).isNull();
    }

    @Test
    void ttlOfPartOfAMillisecond_isRoundedUp_neverToZero() {
        assertThat(expiry(Duration.ofNanos(1)).getExpiryForCreation())
                .isEqualTo(new javax.cache.expiry.Duration(TimeUnit.MILLISECONDS, 1));
        assertThat(expiry(Duration.ofMillis(1).plusNanos(1)).getExpiryForCreation())
                .isEqualTo(new javax.cache.expiry.Duration(TimeUnit.MILLISECONDS, 2));
    }

    private static ExpiryPolicy expiry(Duration ttl) {
        return ((CacheConfig<?, ?>) CacheConfigs.of(new CacheSettings("c", EvictionPolicy.TTL, 10, ttl)))
                .getExpiryPolicyFactory().create();
    }

    private static CacheConfig<?, ?> config(EvictionPolicy eviction) {
        return (CacheConfig<?, ?>) CacheConfigs.of(new CacheSettings("c", eviction, 1_000,
                Duration.ofSeconds(30)));
    }

    private static Cache<InferenceKey, Object> create(EvictionPolicy eviction, long maxEntries, Duration ttl) {
        String name = "adapter-test-" + CACHES.incrementAndGet();
        return ADAPTER.cache(manager, new CacheSettings(name, eviction, maxEntries, ttl), CONTEXT);
    }

    private static InferenceKey key(int i) {
        return new InferenceKey("adapter-test", ByteBuffer.allocate(Long.BYTES).putLong(i * 0x9E3779B97F4A7C15L).array());
    }

    private static ProviderFixture fixture(String alias) {
        return () -> alias;
    }
}
