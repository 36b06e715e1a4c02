package io.cachedinference.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.benchmarks.hitpath.HitPathModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A smoke test, not a measurement: every piece of the breakdown runs, and every lookup hits. */
final class HitPathBreakdownBenchmarkTest {

    private final HitPathBreakdownBenchmark benchmark = new HitPathBreakdownBenchmark();

    @BeforeEach
    void setUp() throws Exception {
        benchmark.setUp();
    }

    @AfterEach
    void tearDown() {
        benchmark.tearDown();
    }

    @Test
    void everyLookup_hits() throws Exception {
        assertThat(benchmark.keyAlone()).isNotNull();
        for (Object hit : new Object[] {benchmark.keyChmGet(), benchmark.keyRawEhcacheGet(),
                benchmark.keyDeployedEhcacheGet(), benchmark.keyDeployedCaffeineGet(),
                benchmark.keyCaffeineGetStatisticsOff(), benchmark.coreEhcache(), benchmark.coreCaffeine()}) {
            assertThat(hit).isEqualTo(HitPathModel.SCORES);
        }
    }

    @Test
    void theCoresExtraSteps_run() {
        assertThat(benchmark.planLookup()).isNotNull();
        assertThat(benchmark.copyAnswer()).isEqualTo(HitPathModel.SCORES);
        benchmark.countersOnHit();
        benchmark.nanoTimeTwice();
    }
}
