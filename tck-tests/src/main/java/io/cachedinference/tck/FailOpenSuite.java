package io.cachedinference.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.api.CacheStatistics;
import io.cachedinference.tck.beans.ScoringModel;
import io.cachedinference.tck.faults.FaultInjectingAdapter;
import io.cachedinference.tck.faults.Faults;
import java.util.Map;
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
        try (KitContainer container = KitContainer.start(fixture(), config, ScoringModel.class)) {
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
        }
        System.out.printf("[%s] fail-open: 10000 calls, %d failed, %d faults injected, %d errors counted,"
                + " %d hits, %d misses%n", fixture().alias(), failed, Faults.injected(), stats.errors(),
                stats.hits(), stats.misses());
        assertThat(failed).isZero();
        assertThat(Faults.injected()).isBetween(1_000L, 2_000L);
        assertThat(stats.errors()).isEqualTo(Faults.injected());
        assertThat(stats.hits()).isGreaterThan(5_000);
    }
}
