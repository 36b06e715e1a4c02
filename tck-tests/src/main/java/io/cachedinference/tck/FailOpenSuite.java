package io.cachedinference.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.api.CacheStatistics;
import io.cachedinference.tck.beans.ScoringModel;
import io.cachedinference.tck.faults.FaultInjectingAdapter;
import io.cachedinference.tck.faults.Faults;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;

/** A failing cache never fails a call: with 10% of lookups and stores failing, every call is served. */
public abstract class FailOpenSuite {

    /** The provider under test; faults are injected into its caches. */
    protected abstract ProviderFixture fixture();

    @Test
    void tenThousandCallsAtTenPercentFaults_failNone_andCountEveryFault() {
        Faults.reset();
        Map<String, String> config = Map.of(
                "cached-inference.provider", FaultInjectingAdapter.ALIAS,
                FaultInjectingAdapter.DELEGATE, fixture().alias(),
                Faults.SHARE, "0.1");
        int failed = 0;
        CacheStatistics stats;
        List<String> warnings;
        try (LogCapture log = LogCapture.of("io.cachedinference");
                KitContainer container = KitContainer.start(fixture(), config, ScoringModel.class)) {
            ScoringModel model = container.select(ScoringModel.class);
            for (int i = 0; i < 10_000; i++) {
                float v = i % 500;
                try {
                    float[] result = model.negate(new float[] {v, 1});
                    if (result[0] != -v || result[1] != -1) {
                        failed++;
                    }
                } catch (RuntimeException e) {
                    failed++;
                }
            }
            stats = container.caches().statistics("io.cachedinference.tck.beans.ScoringModel#negate(float[])")
                    .orElseThrow();
            warnings = log.messages(Level.WARNING);
        }
        System.out.printf("[%s] fail-open: 10000 calls, %d failed, %d faults injected, %d errors counted,"
                + " %d hits, %d misses%n", fixture().alias(), failed, Faults.injected(), stats.errors(),
                stats.hits(), stats.misses());
        assertThat(failed).isZero();
        assertThat(Faults.injected()).isBetween(1_000L, 2_000L);
        assertThat(stats.errors()).isEqualTo(Faults.injected());
        assertThat(stats.hits()).isGreaterThan(5_000);
        // logged, with the cause, but not once per fault: a failing cache must not flood the log
        assertThat(warnings).isNotEmpty().allMatch(w -> w.startsWith("CI-001 Cache ") && w.contains("injected fault"));
        assertThat((long) warnings.size()).isLessThan(Faults.injected() / 100);
    }
}
