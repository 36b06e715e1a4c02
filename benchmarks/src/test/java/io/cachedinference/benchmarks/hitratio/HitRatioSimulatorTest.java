package io.cachedinference.benchmarks.hitratio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A smoke test, not a measurement: the reference policies do what the seed's code does on traces
 * worked out by hand, the optimum bounds every contender, the traces have the shape the README
 * describes, and a small simulation prints a full table.
 */
final class HitRatioSimulatorTest {

    private static Trace trace(int... keys) {
        return new Trace("hand", keys, Arrays.stream(keys).max().orElse(0) + 1);
    }

    private static long hits(Contender contender, Trace trace, int capacity) {
        return contender.hits(trace, capacity).orElseThrow();
    }

    @Test
    void seedLru_evictsTheLeastRecentlyUsed() {
        // 1 miss, 1 hit, 2 miss, 3 miss (drops 1), 1 miss
        assertThat(hits(OnlinePolicy.contender("lru", SeedLru::new), trace(1, 1, 2, 3, 1), 2)).isEqualTo(1);
    }

    @Test
    void seedLfu_evictsTheOldestOfTheLowestFrequency() {
        // 1 miss, 1 hit (freq 2), 2 miss, 3 miss (drops 2, freq 1), 1 hit
        assertThat(hits(OnlinePolicy.contender("lfu", SeedLfu::new), trace(1, 1, 2, 3, 1), 2)).isEqualTo(2);
        // ties at the lowest frequency: the key that reached it first leaves (OrderedDict.popitem(last=False))
        // 1 m, 2 m, 3 m (drops 1), 2 h, 1 m (drops 3), 3 m
        assertThat(hits(OnlinePolicy.contender("lfu", SeedLfu::new), trace(1, 2, 3, 2, 1, 3), 2)).isEqualTo(1);
    }

    @Test
    void belady_onACyclicTrace_beatsLru() {
        Trace cyclic = trace(1, 2, 3, 1, 2, 3);

        assertThat(hits(OnlinePolicy.contender("lru", SeedLru::new), cyclic, 2)).isZero();
        assertThat(hits(Belady.withBypass(), cyclic, 2)).isEqualTo(2);
        assertThat(hits(Belady.admittingEveryMiss(), cyclic, 2)).isEqualTo(2);
    }

    @Test
    void frequencyOracle_keepsTheMostUsedKeysFromTheirFirstUse() {
        Trace t = trace(1, 1, 1, 2, 2, 3);

        assertThat(hits(new FrequencyOracle(), t, 1)).isEqualTo(2);
        assertThat(hits(new FrequencyOracle(), t, 2)).isEqualTo(3);
        assertThat(hits(new FrequencyOracle(), t, 10)).isEqualTo(3);
    }

    @Test
    void belady_matchesAStraightforwardFarthestNextUseSearch() {
        SplittableRandom random = new SplittableRandom(7);
        for (int round = 0; round < 50; round++) {
            int[] keys = random.ints(300, 0, 1 + random.nextInt(40)).toArray();
            Trace t = trace(keys);
            for (int capacity : new int[] {1, 3, 10}) {
                assertThat(hits(Belady.admittingEveryMiss(), t, capacity)).as("round %d, capacity %d", round, capacity)
                        .isEqualTo(naiveMin(keys, capacity, false));
                assertThat(hits(Belady.withBypass(), t, capacity)).as("round %d, capacity %d", round, capacity)
                        .isEqualTo(naiveMin(keys, capacity, true));
            }
        }
    }

    /** MIN by scanning ahead for every cached key's next use on every eviction: slow and obviously right. */
    private static long naiveMin(int[] keys, int capacity, boolean bypass) {
        Set<Integer> cache = new HashSet<>();
        long hits = 0;
        for (int i = 0; i < keys.length; i++) {
            if (cache.contains(keys[i])) {
                hits++;
                continue;
            }
            if (cache.size() < capacity) {
                cache.add(keys[i]);
                continue;
            }
            int victim = -1;
            int farthest = -1;
            for (int key : cache) {
                int next = nextUse(keys, i, key);
                if (next > farthest) {
                    farthest = next;
                    victim = key;
                }
            }
            if (bypass && nextUse(keys, i, keys[i]) >= farthest) {
                continue;
            }
            cache.remove(victim);
            cache.add(keys[i]);
        }
        return hits;
    }

    private static int nextUse(int[] keys, int now, int key) {
        for (int j = now + 1; j < keys.length; j++) {
            if (keys[j] == key) {
                return j;
            }
        }
        return Integer.MAX_VALUE;
    }

    @Test
    void optimal_boundsEveryContender() {
        Trace zipf = Traces.zipf(0.9, 2_000, 20_000, 1L);
        List<Contender> contenders = HitRatioSimulator.contenders();
        long optimal = hits(contenders.get(contenders.size() - 1), zipf, 100);

        for (Contender contender : contenders) {
            OptionalLong hits = contender.hits(zipf, 100);
            hits.ifPresent(h -> assertThat(h).as(contender.name()).isPositive().isLessThanOrEqualTo(optimal));
        }
    }

    @Test
    void traces_haveTheShapeTheReadmeDescribes() {
        Trace seed = Traces.seedRepeats(700, 300, 14L);
        assertThat(seed.length()).isEqualTo(1_000);
        assertThat(seed.used()).isEqualTo(700);

        Trace camera = Traces.camera(3, 25, 600, 2, 6, 15L);
        assertThat(camera.length()).isEqualTo(15_000);
        assertThat(camera.used()).isEqualTo(3);

        Trace scans = Traces.zipfWithScans(1.0, 1_000, 400, 100, 5, 13L);
        assertThat(scans.length()).isEqualTo(2_500);
        assertThat(scans.distinct()).isEqualTo(1_000 + 500);

        assertThat(Traces.zipf(0.8, 1_000, 5_000, 11L).toString()).isEqualTo(Traces.zipf(0.8, 1_000, 5_000, 11L).toString());
    }

    @Test
    void simulator_printsARowPerTraceAndSize_andMarksUnsupportedPolicies() {
        List<HitRatioSimulator.Scenario> scenarios = List.of(
                new HitRatioSimulator.Scenario(Traces.zipf(1.0, 1_000, 5_000, 11L), 50, 200),
                new HitRatioSimulator.Scenario(Traces.seedRepeats(700, 300, 14L), 1_000));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Contender> contenders = HitRatioSimulator.contenders();

        List<HitRatioSimulator.Row> rows = HitRatioSimulator.run(scenarios, contenders,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        HitRatioSimulator.print(rows, contenders, new PrintStream(out, true, StandardCharsets.UTF_8));

        String table = out.toString(StandardCharsets.UTF_8);
        assertThat(rows).hasSize(3);
        assertThat(table).contains("ehcache LRU", "caffeine LFU", "seed LRU", "seed LFU", "optimal", "unsupported");
        // the seed's experiment fits a 1000-entry cache: every contender gets exactly the 300 repeats
        assertThat(rows.get(2).hits()).allSatisfy(h -> h.ifPresent(v -> assertThat(v).isEqualTo(300)));
    }
}
