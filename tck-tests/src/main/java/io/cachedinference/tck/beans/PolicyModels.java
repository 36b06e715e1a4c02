package io.cachedinference.tck.beans;

import io.cachedinference.api.CachedInference;
import io.cachedinference.api.EvictionPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicInteger;

/** One bean per policy, so a provider that lacks a policy fails only the deployment that asks for it. */
public final class PolicyModels {

    private PolicyModels() {
    }

    /** Counts model runs and answers a value every caller can check. */
    abstract static class Counting {
        private final AtomicInteger runs = new AtomicInteger();

        /** The number of model runs. */
        public int runs() {
            return runs.get();
        }

        int answer(int k) {
            runs.incrementAndGet();
            return k * 31 + 7;
        }
    }

    /** LRU over 100 entries. */
    @ApplicationScoped
    public static class Lru extends Counting {
        @CachedInference(cacheName = "tck-lru", eviction = EvictionPolicy.LRU, maxEntries = 100)
        public Integer score(int k) {
            return answer(k);
        }
    }

    /** LFU over 100 entries. */
    @ApplicationScoped
    public static class Lfu extends Counting {
        @CachedInference(cacheName = "tck-lfu", eviction = EvictionPolicy.LFU, maxEntries = 100)
        public Integer score(int k) {
            return answer(k);
        }
    }

    /** TTL of 2 s spread by ±50%. */
    @ApplicationScoped
    public static class Jittered extends Counting {
        @CachedInference(cacheName = "tck-jitter", eviction = EvictionPolicy.TTL, ttl = "PT2S", ttlJitter = 0.5,
                maxEntries = 1000)
        public Integer score(int k) {
            return answer(k);
        }
    }

    /** The default policy over 100 entries, for mixed concurrent load. */
    @ApplicationScoped
    public static class Mixed extends Counting {
        @CachedInference(cacheName = "tck-mixed", maxEntries = 100)
        public Integer score(int k) {
            return answer(k);
        }
    }
}
