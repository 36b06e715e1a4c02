package io.cachedinference.benchmarks.hitratio;

import java.util.Arrays;
import java.util.OptionalLong;

/**
 * Belady's optimal policy (offline): on a miss into a full cache, the key whose next use is farthest
 * in the future leaves. Two forms:
 * <ul>
 *   <li>{@link #withBypass()}, "optimal": the new key is a candidate too, and is not stored when its
 *       own next use is farthest. No policy, with or without admission control (Caffeine has one), can
 *       hit more often: this is the upper bound.</li>
 *   <li>{@link #admittingEveryMiss()}, "Belady (admit all)": the classic MIN of demand paging, which
 *       stores every missed key and evicts among the cached ones; the bound for a cache without
 *       admission control, such as an LRU or the seed's LFU.</li>
 * </ul>
 *
 * <p>Design: a max-heap of "next use" positions, one per cached key. A key's position is unique
 * (positions are call indexes; keys never used again get {@code length + i}, also unique), so the
 * position names the key. A hit leaves a stale position in the heap, but a stale position is in the
 * past and every live one in the future, so the heap's top is always live.
 */
final class Belady implements Contender {

    private final boolean bypass;

    private Belady(boolean bypass) {
        this.bypass = bypass;
    }

    /** The optimum: may decline to store a key. */
    static Belady withBypass() {
        return new Belady(true);
    }

    /** The classic MIN: stores every missed key. */
    static Belady admittingEveryMiss() {
        return new Belady(false);
    }

    @Override
    public String name() {
        return bypass ? "optimal" : "Belady (admit all)";
    }

    @Override
    public OptionalLong hits(Trace trace, int capacity) {
        int n = trace.length();
        int[] nextUse = nextUses(trace);
        boolean[] cached = new boolean[trace.distinct()];
        IntMaxHeap heap = new IntMaxHeap(n + capacity + 1);
        int size = 0;
        long hits = 0;
        for (int i = 0; i < n; i++) {
            int key = trace.key(i);
            if (cached[key]) {
                hits++;
                heap.push(nextUse[i]); // the key's old position, i, is now stale
                continue;
            }
            if (size < capacity) {
                cached[key] = true;
                size++;
                heap.push(nextUse[i]);
                continue;
            }
            int farthest = heap.peek();
            if (!bypass || nextUse[i] < farthest) {
                heap.pop();
                cached[keyAt(trace, farthest)] = false;
                cached[key] = true;
                heap.push(nextUse[i]);
            }
        }
        return OptionalLong.of(hits);
    }

    /** For each call, the index of the next call with the same key, or {@code length + i} when there is none. */
    static int[] nextUses(Trace trace) {
        int n = trace.length();
        int[] next = new int[n];
        int[] seen = new int[trace.distinct()];
        Arrays.fill(seen, -1);
        for (int i = n - 1; i >= 0; i--) {
            int key = trace.key(i);
            next[i] = seen[key] >= 0 ? seen[key] : n + i;
            seen[key] = i;
        }
        return next;
    }

    private static int keyAt(Trace trace, int position) {
        int n = trace.length();
        return trace.key(position < n ? position : position - n);
    }

    /** A binary max-heap of ints. */
    private static final class IntMaxHeap {
        private int[] heap;
        private int size;

        IntMaxHeap(int capacity) {
            heap = new int[Math.max(capacity, 1)];
        }

        void push(int value) {
            if (size == heap.length) {
                heap = Arrays.copyOf(heap, size * 2);
            }
            int i = size++;
            heap[i] = value;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (heap[parent] >= heap[i]) {
                    break;
                }
                swap(i, parent);
                i = parent;
            }
        }

        int peek() {
            return heap[0];
        }

        void pop() {
            heap[0] = heap[--size];
            int i = 0;
            while (true) {
                int left = 2 * i + 1;
                int right = left + 1;
                int largest = i;
                if (left < size && heap[left] > heap[largest]) {
                    largest = left;
                }
                if (right < size && heap[right] > heap[largest]) {
                    largest = right;
                }
                if (largest == i) {
                    return;
                }
                swap(i, largest);
                i = largest;
            }
        }

        private void swap(int a, int b) {
            int t = heap[a];
            heap[a] = heap[b];
            heap[b] = t;
        }
    }
}
