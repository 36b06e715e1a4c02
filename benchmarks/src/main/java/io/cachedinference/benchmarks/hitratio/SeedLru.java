package io.cachedinference.benchmarks.hitratio;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The seed's {@code LRUCache}, without its TTL (traces carry no time): an ordered map, a hit moves
 * the key to the end, a store into a full cache first drops the head ({@code popitem(last=False)}).
 */
final class SeedLru implements OnlinePolicy {

    private final int maxSize;
    private final LinkedHashMap<Integer, Boolean> cache;

    SeedLru(int maxSize) {
        this.maxSize = maxSize;
        // access order = the seed's move_to_end on every hit
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, Boolean> eldest) {
                return size() > SeedLru.this.maxSize;
            }
        };
    }

    @Override
    public boolean access(int key) {
        if (cache.get(key) != null) {
            return true;
        }
        cache.put(key, Boolean.TRUE);
        return false;
    }
}
