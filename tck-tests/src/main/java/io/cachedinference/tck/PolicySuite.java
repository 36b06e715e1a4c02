package io.cachedinference.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.cachedinference.api.CacheStatistics;
import io.cachedinference.api.EvictionPolicy;
import io.cachedinference.api.InferenceKey;
import io.cachedinference.tck.beans.PolicyModels;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.cache.Cache;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** What each policy promises under pressure, jittered expiry, and correctness under mixed concurrent load. */
public abstract class PolicySuite {

    /** The provider under test. */
    protected abstract ProviderFixture fixture();

    @Test
    void lru_keepsARecentlyUsedWorkingSet_underAStreamOfNewKeys() {
        assumeThat(ProviderFixture.statedBySettings(fixture().capabilities().eviction(EvictionPolicy.LRU)))
                .as("provider '%s' declares LRU %s", fixture().alias(), fixture().capabilities().eviction(EvictionPolicy.LRU))
                .isTrue();
        try (KitContainer c = KitContainer.start(fixture(), PolicyModels.Lru.class)) {
            PolicyModels.Lru model = c.select(PolicyModels.Lru.class);
            for (int i = 0; i < 2000; i++) {
                model.score(1000 + i);
                model.score(i % 20);
            }
            int before = model.runs();
            for (int w = 0; w < 20; w++) {
                model.score(w);
            }
            int kept = 20 - (model.runs() - before);
            System.out.printf("[%s] LRU: %d of 20 working keys kept through 2000 new keys%n", fixture().alias(), kept);
            assertThat(kept).isGreaterThanOrEqualTo(16);
        }
    }

    @Test
    void lfu_keepsAFrequentlyUsedSet_throughAOneOffScan() {
        assumeThat(ProviderFixture.statedBySettings(fixture().capabilities().eviction(EvictionPolicy.LFU)))
                .as("provider '%s' declares LFU %s", fixture().alias(), fixture().capabilities().eviction(EvictionPolicy.LFU))
                .isTrue();
        try (KitContainer c = KitContainer.start(fixture(), PolicyModels.Lfu.class)) {
            PolicyModels.Lfu model = c.select(PolicyModels.Lfu.class);
            // a hot set of 60% of the capacity (Caffeine starts counting frequencies once half full)
            for (int round = 0; round < 20; round++) {
                for (int h = 0; h < 60; h++) {
                    model.score(h);
                }
            }
            for (int s = 0; s < 1000; s++) {
                model.score(10_000 + s);
            }
            int before = model.runs();
            for (int h = 0; h < 60; h++) {
                model.score(h);
            }
            int kept = 60 - (model.runs() - before);
            System.out.printf("[%s] LFU: %d of 60 hot keys kept through a 1000-key scan%n", fixture().alias(), kept);
            assertThat(kept).isGreaterThanOrEqualTo(36);
        }
    }

    @Test
    void jitteredTtl_spreadsExpiryTimes_withinTtlPlusMinusJitter() {
        assumeThat(fixture().capabilities().ttlJitter().available()).as("TTL jitter unsupported").isTrue();
        try (KitContainer c = KitContainer.start(fixture(), PolicyModels.Jittered.class)) {
            PolicyModels.Jittered model = c.select(PolicyModels.Jittered.class);
            Cache<InferenceKey, Object> cache = c.cache("tck-jitter");
            long start = System.nanoTime();
            for (int i = 0; i < 200; i++) {
                model.score(i);
            }
            List<InferenceKey> keys = new ArrayList<>();
            cache.forEach(e -> keys.add(e.getKey()));
            assertThat(keys).hasSize(200);
            long[] firstAndLast = new long[] {-1, -1};
            Awaitility.await().atMost(Duration.ofSeconds(6)).pollInterval(Duration.ofMillis(25)).until(() -> {
                long alive = keys.stream().filter(cache::containsKey).count();
                long elapsed = System.nanoTime() - start;
                if (alive < 200 && firstAndLast[0] < 0) {
                    firstAndLast[0] = elapsed;
                }
                if (alive == 0) {
                    firstAndLast[1] = elapsed;
                }
                return alive == 0;
            });
            double first = firstAndLast[0] / 1e9;
            double last = firstAndLast[1] / 1e9;
            System.out.printf("[%s] TTL 2 s ±50%%: first expiry after %.2f s, last after %.2f s%n",
                    fixture().alias(), first, last);
            assertThat(first).isBetween(0.9, 1.6);
            assertThat(last).isBetween(2.4, 3.6);
        }
    }

    @Test
    void jitteredTtl_failsDeployment_onProvidersThatCannotSpreadIt() {
        assumeThat(fixture().capabilities().ttlJitter().available()).as("only without TTL jitter").isFalse();

        Throwable failure = catchThrowable(() -> KitContainer.start(fixture(), PolicyModels.Jittered.class).close());

        assertThat(DeploymentProblems.withId(DeploymentProblems.flatten(failure), "CI-108"))
                .singleElement().extracting(Throwable::getMessage).asString()
                .contains("ttl-jitter=0.5").contains(fixture().alias());
    }

    @Test
    void eightThreadsOfMixedLoad_neverGetAWrongResult_andStatisticsAddUp() throws Exception {
        int threads = 8;
        int callsEach = 3000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (KitContainer c = KitContainer.start(fixture(), PolicyModels.Mixed.class)) {
            PolicyModels.Mixed model = c.select(PolicyModels.Mixed.class);
            List<Future<Integer>> wrong = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                wrong.add(pool.submit(() -> {
                    int bad = 0;
                    for (int i = 0; i < callsEach; i++) {
                        // a skewed mix: a hot set that hits, and a long tail that evicts
                        int k = ThreadLocalRandom.current().nextInt(10) < 7
                                ? ThreadLocalRandom.current().nextInt(50) : ThreadLocalRandom.current().nextInt(2000);
                        Integer r = model.score(k);
                        if (r == null || r != k * 31 + 7) {
                            bad++;
                        }
                    }
                    return bad;
                }));
            }
            int bad = 0;
            for (Future<Integer> f : wrong) {
                bad += f.get(60, TimeUnit.SECONDS);
            }
            CacheStatistics s = c.caches().statistics("tck-mixed").orElseThrow();
            System.out.printf("[%s] mixed load: %d calls, %d wrong, %d hits, %d misses, %d coalesced%n",
                    fixture().alias(), threads * callsEach, bad, s.hits(), s.misses(), s.coalescedWaits());
            assertThat(bad).isZero();
            assertThat(s.hits() + s.misses() + s.coalescedWaits() + s.lockTimeouts()).isEqualTo(threads * callsEach);
            assertThat(s.misses()).isEqualTo(model.runs());
            assertThat(s.hits()).isPositive();
        } finally {
            pool.shutdownNow();
        }
    }
}
