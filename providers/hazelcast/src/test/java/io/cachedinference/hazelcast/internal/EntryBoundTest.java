package io.cachedinference.hazelcast.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The eviction size chosen for a bound, checked against Hazelcast's own per-partition threshold. */
final class EntryBoundTest {

    @Test
    void defaultCache_overDefaultPartitions_keepsThreePerPartition() {
        int size = EntryBound.evictionSize("c", 1_000, 271);

        assertThat(EntryBound.bound(size, 271)).isEqualTo(813);
    }

    @Test
    void boundOfOnePerPartition_isKeptExactly() {
        int size = EntryBound.evictionSize("c", 10, 10);

        assertThat(EntryBound.bound(size, 10)).isEqualTo(10);
    }

    @Test
    void largeBound_losesLessThanOneEntryPerPartition() {
        int size = EntryBound.evictionSize("c", 1_000_000, 271);

        assertThat(EntryBound.bound(size, 271)).isEqualTo(271L * (1_000_000 / 271));
    }

    @Test
    void boundBeyondAnInt_isCappedAtTheLargestSize() {
        int size = EntryBound.evictionSize("c", 10_000_000_000L, 271);

        assertThat(size).isEqualTo(Integer.MAX_VALUE);
        assertThat(EntryBound.bound(size, 271)).isLessThanOrEqualTo(10_000_000_000L);
    }

    @Test
    void everyBound_isKept_overSeveralPartitionCounts() {
        for (int partitions : new int[] {1, 2, 5, 10, 71, 271, 1_009}) {
            for (long max = partitions * 6L; max < 200_000; max = max * 3 / 2 + 7) {
                int size = EntryBound.evictionSize("c", max, partitions);

                assertThat(EntryBound.bound(size, partitions)).as("max %s over %s partitions", max, partitions)
                        .isLessThanOrEqualTo(max)
                        .isGreaterThan(max / 2);
            }
        }
    }

    @Test
    void boundBelowOneEntryPerPartition_isRejected_namingTheSmallestBoundAndTheFix() {
        assertThatThrownBy(() -> EntryBound.evictionSize("tck-bounded", 10, 271))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("max-entries=10 of cache 'tck-bounded'")
                .hasMessageContaining("over 271 partitions, 271")
                .hasMessageContaining("cached-inference.hazelcast.partition-count");
    }

    @Test
    void boundBelowTheSmallestThreshold_isRejected() {
        // with 7 partitions Hazelcast's threshold is at least 2, so 14 is the smallest bound
        assertThatThrownBy(() -> EntryBound.evictionSize("c", 10, 7))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("over 7 partitions, 14")
                .hasMessageContaining("keeps at least 2 entries");
    }
}
