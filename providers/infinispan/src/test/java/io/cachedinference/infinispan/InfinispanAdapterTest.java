package io.cachedinference.infinispan;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.api.EvictionPolicy;
import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.spi.CacheProviderAdapter;
import io.cachedinference.api.spi.CacheSettings;
import io.cachedinference.api.spi.Support;
import io.cachedinference.tck.KitProviderContext;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.configuration.CompleteConfiguration;
import org.awaitility.Awaitility;
import org.infinispan.AdvancedCache;
import org.infinispan.commons.dataconversion.MediaType;
import org.infinispan.configuration.cache.Configuration;
import org.infinispan.configuration.cache.StorageType;
import org.infinispan.eviction.EvictionStrategy;
import org.infinispan.jcache.embedded.JCachingProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The adapter's translation, seen through the caches it configures in one deployment's manager. */
final class InfinispanAdapterTest {

    private static final KitProviderContext CONTEXT = KitProviderContext.create();
    private static final CacheProviderAdapter ADAPTER = new InfinispanFixture().adapter();
    private static final AtomicInteger CACHES = new AtomicInteger();
    private static CacheManager manager;

    @BeforeAll
    static void openManager() {
        manager = ADAPTER.openCacheManager(Caching.getCachingProvider(JCachingProvider.class.getName()), CONTEXT);
    }

    @AfterAll
    static void closeManager() {
        manager.close();
    }

    @Test
    void capabilities_areApproximateForLfuAndLru_exactForTtl() {
        assertThat(ADAPTER.capabilities().eviction(EvictionPolicy.LFU)).isEqualTo(Support.APPROXIMATE);
        assertThat(ADAPTER.capabilities().eviction(EvictionPolicy.LRU)).isEqualTo(Support.APPROXIMATE);
        assertThat(ADAPTER.capabilities().eviction(EvictionPolicy.TTL)).isEqualTo(Support.EXACT);
    }

    @Test
    void nativeConfiguration_boundsTheCountAndSetsTheLifespan_onHeapAsObjects() {
        Cache<InferenceKey, Object> cache = create(EvictionPolicy.LRU, 10, Duration.ofSeconds(30));

        Configuration config = cache.unwrap(AdvancedCache.class).getCacheConfiguration();

        assertThat(config.memory().maxCount()).isEqualTo(10);
        assertThat(config.memory().whenFull()).isEqualTo(EvictionStrategy.REMOVE);
        assertThat(config.memory().storage()).isEqualTo(StorageType.HEAP);
        assertThat(config.encoding().valueDataType().mediaType()).isEqualTo(MediaType.APPLICATION_OBJECT);
        assertThat(config.expiration().lifespan()).isEqualTo(30_000);
        assertThat(config.statistics().enabled()).isFalse();
    }

    @Test
    void hit_returnsTheStoredInstance_withoutSerializing() {
        Cache<InferenceKey, Object> cache = create(EvictionPolicy.LRU, 10, Duration.ofMinutes(5));
        // not Serializable: a store-by-value cache would fail to copy it
        Object value = new Object() {
        };

        cache.put(key(1), value);

        @SuppressWarnings("unchecked")
        CompleteConfiguration<InferenceKey, Object> config = cache.getConfiguration(CompleteConfiguration.class);
        assertThat(config.isStoreByValue()).isFalse();
        assertThat(cache.get(key(1))).isSameAs(value);
        assertThat(cache.get(key(1))).isSameAs(value);
        assertThat(cache.iterator().next().getValue()).isSameAs(value);
    }

    @Test
    void entryBound_holdsAfterEveryWrite() {
        Cache<InferenceKey, Object> cache = create(EvictionPolicy.LRU, 10, Duration.ofMinutes(5));

        for (int i = 0; i < 200; i++) {
            cache.put(key(i), i);
            assertThat(size(cache)).as("entries after write %s", i).isLessThanOrEqualTo(10);
        }
    }

    @Test
    void entryExpires_althoughReadAllAlong() {
        Cache<InferenceKey, Object> cache = create(EvictionPolicy.TTL, 10, Duration.ofMillis(300));
        cache.put(key(1), "value");
        assertThat(cache.get(key(1))).isEqualTo("value");

        // reads every 20 ms: an expiry that counted from the last read would never end
        Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20))
                .until(() -> cache.get(key(1)) == null);
    }

    @Test
    void ttlOfPartOfAMillisecond_isRoundedUp_neverToZero() {
        Cache<InferenceKey, Object> cache = create(EvictionPolicy.TTL, 10, Duration.ofNanos(1));

        assertThat(cache.unwrap(AdvancedCache.class).getCacheConfiguration().expiration().lifespan()).isEqualTo(1);
        @SuppressWarnings("unchecked")
        CompleteConfiguration<InferenceKey, Object> config = cache.getConfiguration(CompleteConfiguration.class);
        assertThat(config.getExpiryPolicyFactory().create().getExpiryForUpdate())
                .isEqualTo(new javax.cache.expiry.Duration(TimeUnit.MILLISECONDS, 1));
    }

    @Test
    void lfu_keepsAFrequentlyUsedSet_throughAOneOffScan() {
        Cache<InferenceKey, Object> cache = create(EvictionPolicy.LFU, 100, Duration.ofMinutes(5));
        List<Integer> hot = IntStream.range(0, 50).boxed().toList();
        hot.forEach(i -> cache.put(key(i), i));
        for (int round = 0; round < 20; round++) {
            hot.forEach(i -> cache.get(key(i)));
        }

        // a strict LRU bound of 100 would keep none of the hot set through 1000 newer keys
        for (int i = 1_000; i < 2_000; i++) {
            cache.put(key(i), i);
        }

        long kept = hot.stream().filter(i -> cache.containsKey(key(i))).count();
        assertThat(size(cache)).isLessThanOrEqualTo(100);
        assertThat(kept).as("hot keys still cached after the scan").isGreaterThanOrEqualTo(40);
    }

    /**
     * Regression: Infinispan's JCache {@code get} is a read-write command, which eviction counted as a
     * write, so read entries left first (10 of 50 stayed). Fixed by reading plainly
     * ({@code PlainReadJCache}).
     */
    @Test
    void readEntries_stayThroughNewKeys_becauseAReadCountsAsARead() {
        Cache<InferenceKey, Object> cache = create(EvictionPolicy.LRU, 100, Duration.ofMinutes(5));
        IntStream.range(0, 100).forEach(i -> cache.put(key(i), i));
        for (int round = 0; round < 20; round++) {
            IntStream.range(0, 50).forEach(i -> cache.get(key(i)));
        }

        IntStream.range(1_000, 1_040).forEach(i -> cache.put(key(i), i));

        long readKept = IntStream.range(0, 50).filter(i -> cache.containsKey(key(i))).count();
        assertThat(readKept).as("read entries still cached after 40 new keys").isGreaterThanOrEqualTo(45);
    }

    private static Cache<InferenceKey, Object> create(EvictionPolicy eviction, long maxEntries, Duration ttl) {
        String name = "adapter-test-" + CACHES.incrementAndGet();
        return ADAPTER.cache(manager, new CacheSettings(name, eviction, maxEntries, ttl), CONTEXT);
    }

    private static long size(Cache<InferenceKey, Object> cache) {
        return StreamSupport.stream(cache.spliterator(), false).count();
    }

    /** A key whose digest, and so hash code, is well spread, as the interceptor's are. */
    private static InferenceKey key(int i) {
        long z = (i + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return new InferenceKey("adapter-test", ByteBuffer.allocate(Long.BYTES).putLong(z).array());
    }
}
