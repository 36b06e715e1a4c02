package io.cachedinference.benchmarks.hitratio;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;

/**
 * The seed's {@code LFUCache}, without its TTL (traces carry no time): {@code key_map} holds each
 * key's frequency, {@code freq_map} the keys of each frequency in the order they reached it, and
 * {@code min_freq} the lowest. A hit moves the key one frequency up; a store into a full cache drops
 * the oldest key of the lowest frequency, and the new key starts at frequency 1. Frequencies never
 * age, so keys that were hot once stay.
 */
final class SeedLfu implements OnlinePolicy {

    private final int maxSize;
    private final Map<Integer, Integer> keyMap = new HashMap<>();
    private final Map<Integer, LinkedHashSet<Integer>> freqMap = new HashMap<>();
    private int minFreq;

    SeedLfu(int maxSize) {
        this.maxSize = maxSize;
    }

    @Override
    public boolean access(int key) {
        Integer freq = keyMap.get(key);
        if (freq != null) {
            increaseFreq(key, freq);
            return true;
        }
        put(key);
        return false;
    }

    private void put(int key) {
        if (keyMap.size() >= maxSize) {
            evict();
        }
        keyMap.put(key, 1);
        minFreq = 1;
        freqMap.computeIfAbsent(1, f -> new LinkedHashSet<>()).add(key);
    }

    private void increaseFreq(int key, int oldFreq) {
        LinkedHashSet<Integer> old = freqMap.get(oldFreq);
        old.remove(key);
        if (old.isEmpty()) {
            freqMap.remove(oldFreq);
            if (minFreq == oldFreq) {
                minFreq = oldFreq + 1;
            }
        }
        int newFreq = oldFreq + 1;
        freqMap.computeIfAbsent(newFreq, f -> new LinkedHashSet<>()).add(key);
        keyMap.put(key, newFreq);
    }

    private void evict() {
        LinkedHashSet<Integer> lowest = freqMap.get(minFreq);
        if (lowest == null || lowest.isEmpty()) {
            return; // as in the seed: nothing to evict at min_freq, the cache grows
        }
        Iterator<Integer> oldest = lowest.iterator();
        int key = oldest.next();
        oldest.remove();
        if (lowest.isEmpty()) {
            freqMap.remove(minFreq);
        }
        keyMap.remove(key);
    }
}
