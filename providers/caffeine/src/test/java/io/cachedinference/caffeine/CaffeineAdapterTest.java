package io.cachedinference.caffeine;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import com.github.benmanes.caffeine.jcache.configuration.CaffeineConfiguration;
import io.cachedinference.api.EvictionPolicy;
import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.spi.CacheProviderAdapter;
import io.cachedinference.api.spi.CacheSettings;
import io.cachedinference.api.spi.Capabilities;
import io.cachedinference.api.spi.Storage;
import io.cachedinference.api.spi.Support;
import io.cachedinference.caffeine.internal.CaffeineAdapter;
import io.cachedinference.tck.KitProviderContext;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.configuration.CompleteConfiguration;
import javax.cache.configuration.Factory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The adapter's translation, seen through the JCache API of the caches it configures. */
final class CaffeineAdapterTest {

    private final CacheProviderAdapter adapter = new CaffeineFixture().adapter();
    private final KitProviderContext context = KitProviderContext.create();
    private CacheManager manager;

    @BeforeEach
    void openManager() {
        manager = adapter.openCacheManager(adapter.locate(context), context);
    }

    @AfterEach
    void closeManager() {
        manager.close();
    }

    @Test
    void capabilities_areApproximateForLfuAndLru_exactForTtlAndBounds_byReference() {
        Capabilities c = adapter.capabilities();

        assertThat(c.eviction(EvictionPolicy.LFU)).isEqualTo(Support.APPROXIMATE);
        assertThat(c.eviction(EvictionPolicy.LRU)).isEqualTo(Support.APPROXIMATE);
        assertThat(c.eviction(EvictionPolicy.TTL)).isEqualTo(Support.EXACT);
        assertThat(c.entryBound()).isEqualTo(Support.EXACT);
        assertThat(c.byteBound()).isEqualTo(Support.EXACT);
        assertThat(c.ttlJitter()).isEqualTo(Support.EXACT);
        assertThat(c.storage()).isEqualTo(Storage.BY_REFERENCE);
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
    void entries_expireAtTheirTtlAfterWrite_evenWhenRead() {
        Duration ttl = Duration.ofSeconds(30);
        FakeTicker ticker = new FakeTicker();
        Cache<InferenceKey, Object> cache = create(EvictionPolicy.TTL, 10, ttl, ticker);

        cache.put(key(1), "value");
        ticker.advance(ttl.dividedBy(2));
        assertThat(cache.get(key(1))).as("read halfway through the ttl").isEqualTo("value");
        ticker.advance(ttl.dividedBy(2).minusMillis(1));
        assertThat(cache.get(key(1))).as("1 ms before the ttl has passed since the write").isEqualTo("value");
        ticker.advance(Duration.ofMillis(2));

        assertThat(cache.get(key(1))).as("1 ms after, although it was read").isNull();
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

    private Cache<InferenceKey, Object> create(EvictionPolicy eviction, long maxEntries, Duration ttl) {
        String name = "adapter-test-" + eviction;
        return adapter.cache(manager, new CacheSettings(name, eviction, maxEntries, ttl), context);
    }

    private Cache<InferenceKey, Object> create(EvictionPolicy eviction, long maxEntries, Duration ttl, Ticker ticker) {
        String name = "adapter-test-" + eviction;
        CaffeineConfiguration<InferenceKey, Object> config = (CaffeineConfiguration<InferenceKey, Object>)
                CaffeineAdapter.configuration(new CacheSettings(name, eviction, maxEntries, ttl), context.weigher());
        Factory<Ticker> tickerFactory = () -> ticker;
        config.setTickerFactory(tickerFactory);
        return manager.createCache(name, config);
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

    /** Time under the test's control. */
    private static final class FakeTicker implements Ticker {
        private final AtomicLong nanos = new AtomicLong(System.nanoTime());

        @Override
        public long read() {
            return nanos.get();
        }

        void advance(Duration duration) {
            nanos.addAndGet(duration.toNanos());
        }
    }
}
