package io.cachedinference.hazelcast.internal;

import com.hazelcast.cache.impl.maxsize.impl.EntryCountCacheEvictionChecker;

/**
 * Turns an entry bound for the whole cache into the {@code ENTRY_COUNT} size Hazelcast needs to
 * keep it.
 *
 * <p>Design notes. Hazelcast does not bound a cache as a whole: it derives a threshold per
 * partition from the configured size ({@code size / partitions} plus a few standard deviations of
 * slack, {@link EntryCountCacheEvictionChecker#calculateMaxPartitionSize}) and, before each insert
 * into a partition at or above it, evicts one entry of that partition. A partition therefore holds
 * at most {@code max(1, threshold)} entries, and the cache at most {@code partitions} times that.
 * With the size set to the bound itself, the slack lets the cache grow far past it: a size of 10
 * over 271 partitions holds up to 271 entries, and 1,000 up to 3,523. So the size given to
 * Hazelcast is the largest whose threshold keeps {@code partitions × threshold ≤ maxEntries}; the
 * cache then never holds more than {@code maxEntries} entries across the cluster, and up to
 * {@code partitions − 1} fewer (1,000 over 271 partitions: 3 per partition, 813 in all). A bound
 * below one entry per partition cannot be kept and is rejected.
 *
 * <p>The threshold is Hazelcast's own function, so a change in it changes the size here rather than
 * silently breaking the bound; {@code HazelcastEntryBoundTest} fills caches to check the result.
 */
final class EntryBound {

    private EntryBound() {
    }

    /**
     * The eviction size that keeps a cache of the given partition count within {@code maxEntries}.
     *
     * @throws IllegalArgumentException when no size keeps the bound, naming the smallest bound that
     *                                  the partition count allows
     */
    static int evictionSize(String cacheName, long maxEntries, int partitionCount) {
        long perPartition = maxEntries / partitionCount;
        if (perPartition >= 1) {
            // threshold(s) >= s / partitions, so no size of ((perPartition + 1) × partitions) or more fits
            long start = Math.min(Integer.MAX_VALUE, (perPartition + 1) * partitionCount - 1);
            // the threshold is not monotonic (its slack shrinks at 4,000 and 1,000,000): scan down to the largest fit
            for (long size = start; size >= 1; size--) {
                if (threshold((int) size, partitionCount) <= perPartition) {
                    return (int) size;
                }
            }
        }
        long smallest = (long) partitionCount * threshold(1, partitionCount);
        throw new IllegalArgumentException("max-entries=" + maxEntries + " of cache '" + cacheName + "' is below the"
                + " smallest bound Hazelcast can keep over " + partitionCount + " partitions, " + smallest
                + ": it bounds each partition separately, and a partition keeps at least " + threshold(1, partitionCount)
                + " entr" + (threshold(1, partitionCount) == 1 ? "y" : "ies") + ". Raise max-entries to at least "
                + smallest + ", or lower " + HazelcastSettings.PARTITION_COUNT + " (the same on every member)");
    }

    /** The most entries a cache with this eviction size holds over the given partitions. */
    static long bound(int size, int partitionCount) {
        return (long) partitionCount * threshold(size, partitionCount);
    }

    /** How many entries one partition holds at most: an insert at the threshold evicts one first. */
    private static int threshold(int size, int partitionCount) {
        return Math.max(1, EntryCountCacheEvictionChecker.calculateMaxPartitionSize(size, partitionCount));
    }
}
