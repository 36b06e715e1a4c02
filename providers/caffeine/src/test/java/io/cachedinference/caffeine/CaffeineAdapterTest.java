package io.cachedinference.caffeine;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import com.github.benmanes.caffeine.jcache.configuration.CaffeineConfiguration;
import com.github.benmanes.caffeine.jcache.spi.CaffeineCachingProvider;
import io.cachedinference.api.EvictionPolicy;
import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.spi.CacheProviderAdapter;
import io.cachedinference.api.spi.CacheSettings;
import io.cachedinference.api.spi.PolicySupport;
import io.cachedinference.tck.Capabilities;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.configuration.CompleteConfiguration;
import javax.cache.configuration.Factory;
import javax.cache.spi.CachingProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The adapter's translation, seen through the JCache API of the caches it configures. */
final class CaffeineAdapterTest {

    private final CacheProviderAdapter adapter = Capabilities.adapter(new CaffeineFixture());
    private CacheManager manager;

    @BeforeEach
    void openManager() {
        CachingProvider provider = Caching.getCachingProvider(CaffeineCachingProvider.class.getName());
        manager = adapter.openCacheManager(provider, URI.create("urn:cached-inference:" + UUID.randomUUID()),
                getClass().getClassLoader());
    }

    @AfterEach
    void closeManager() {
        manager.close();
    }

    @Test
    void capabilities_areApproximateForLfuAndLru_exactForTtl() {
        assertThat(adapter.support(EvictionPolicy.LFU)).isEqualTo(PolicySupport.APPROXIMATE);
        assertThat(adapter.support(EvictionPolicy.LRU)).isEqualTo(PolicySupport.APPROXIMATE);
        assertThat(adapter.support(EvictionPolicy.TTL)).isEqualTo(PolicySupport.EXACT);
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
        return manager.createCache(name, adapter.configuration(new CacheSettings(name, eviction, maxEntries, ttl)));
    }

    private Cache<InferenceKey, Object> create(EvictionPolicy eviction, long maxEntries, Duration ttl, Ticker ticker) {
        String name = "adapter-test-" + eviction;
        CaffeineConfiguration<InferenceKey, Object> config = (CaffeineConfiguration<InferenceKey, Object>)
                adapter.configuration(new CacheSettings(name, eviction, maxEntries, ttl));
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
