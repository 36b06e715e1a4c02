package io.cachedinference.benchmarks.hitratio;

import io.cachedinference.api.EvictionPolicy;
import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.spi.CacheSettings;
import io.cachedinference.ehcache.internal.EhcacheAdapter;
import java.net.URI;
import java.util.OptionalLong;
import java.util.UUID;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.Caching;
import org.ehcache.core.config.DefaultConfiguration;
import org.ehcache.core.spi.time.TimeSource;
import org.ehcache.impl.internal.TimeSourceConfiguration;
import org.ehcache.jsr107.EhcacheCachingProvider;

/**
 * A diagnostic column, not a deployment: Ehcache's LRU with a clock that advances one millisecond
 * per call. Ehcache evicts the least recently accessed of 8 sampled entries, and records access
 * times from {@code System.currentTimeMillis()}; a replay makes thousands of calls per millisecond,
 * so most sampled entries tie and the choice among them is arbitrary, which a server answering
 * fewer than a thousand calls a second per cache would not see. The cache is configured by
 * {@link EhcacheAdapter} as in a deployment; only the manager's time source differs.
 */
final class EhcacheOnReplayClock implements Contender {

    @Override
    public String name() {
        return "ehcache LRU, 1 ms/call";
    }

    @Override
    public OptionalLong hits(Trace trace, int capacity) {
        ReplayClock clock = new ReplayClock();
        EhcacheAdapter adapter = new EhcacheAdapter();
        ClassLoader classLoader = EhcacheOnReplayClock.class.getClassLoader();
        EhcacheCachingProvider provider = (EhcacheCachingProvider) Caching.getCachingProvider(
                adapter.cachingProviderClassName(), classLoader);
        try (CacheManager manager = provider.getCacheManager(URI.create("urn:cached-inference:" + UUID.randomUUID()),
                new DefaultConfiguration(classLoader, new TimeSourceConfiguration(clock)))) {
            Cache<InferenceKey, Object> cache = manager.createCache("replay", EhcacheAdapter.configuration(
                    new CacheSettings("replay", EvictionPolicy.LRU, capacity, JCacheContender.TTL)));
            long hits = 0;
            for (int i = 0; i < trace.length(); i++) {
                clock.millis++;
                InferenceKey key = JCacheContender.key(trace.key(i));
                if (cache.get(key) != null) {
                    hits++;
                } else {
                    cache.put(key, JCacheContender.VALUE);
                }
            }
            return OptionalLong.of(hits);
        }
    }

    /** Starts at 1 and advances only when the replay says so. */
    private static final class ReplayClock implements TimeSource {
        long millis = 1;

        @Override
        public long getTimeMillis() {
            return millis;
        }
    }
}
