package io.cachedinference.examples.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's arithmetic and wording, on passes made up for the purpose (no timing involved). */
final class ReplayReportTest {

    private static ReplayPass uncached(long wallMillis, long cpuMillis) {
        return new ReplayPass(false, Duration.ofMillis(wallMillis), Duration.ofMillis(cpuMillis), 0, 0, Duration.ZERO,
                Duration.ZERO);
    }

    /** 1000 requests: 700 misses at 10 ms of model time, 300 hits at 0.1 ms each. */
    private static ReplayPass cached(long wallMillis, long cpuMillis) {
        return new ReplayPass(true, Duration.ofMillis(wallMillis), Duration.ofMillis(cpuMillis), 300, 700,
                Duration.ofMillis(7_000), Duration.ofMillis(30));
    }

    private final ReplayReport report = new ReplayReport(1000,
            List.of(uncached(10_400, 10_300), uncached(10_000, 9_900), uncached(13_000, 9_950)),
            List.of(cached(7_100, 7_000), cached(9_500, 6_990), cached(7_200, 7_010)), Duration.ofNanos(71_000),
            Duration.ofNanos(9_870_000));

    @Test
    void medians_ofWallAndCpu_areTakenPerKind() {
        assertThat(report.uncachedWall()).isEqualTo(Duration.ofMillis(10_400));
        assertThat(report.uncachedCpu()).isEqualTo(Duration.ofMillis(9_950));
        assertThat(report.cachedWall()).isEqualTo(Duration.ofMillis(7_200));
        assertThat(report.cachedCpu()).isEqualTo(Duration.ofMillis(7_000));
    }

    @Test
    void medianOfAnEvenCount_isTheMeanOfTheMiddleTwo() {
        ReplayReport two = new ReplayReport(1000, List.of(uncached(10_000, 1), uncached(11_000, 2)),
                List.of(cached(7_000, 1)), Duration.ZERO, Duration.ZERO);

        assertThat(two.uncachedWall()).isEqualTo(Duration.ofMillis(10_500));
    }

    @Test
    void bound_isEveryMissAtTheUncachedCostPerRequest_andEveryHitAtTheMeanHit() {
        // 700 x 10.4 ms + 300 x 0.1 ms over 10.4 s
        assertThat(report.boundRatio()).isCloseTo((700 * 10.4 + 300 * 0.1) / 10_400, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(report.meanModelTime()).isEqualTo(Duration.ofMillis(10));
        assertThat(report.meanHitTime()).isEqualTo(Duration.ofNanos(100_000));
        assertThat(report.modelTimeSavedPerPass()).isEqualTo(Duration.ofMillis(3_000 - 30));
        assertThat(report.hitRate()).isEqualTo(0.3);
    }

    @Test
    void describe_neverContradictsItself() {
        assertThat(ReplayReport.describe(0.74)).isEqualTo("0.74x the time (1.35x faster)");
        assertThat(ReplayReport.describe(1.2)).isEqualTo("1.20x the time (1.20x slower)");
        assertThat(ReplayReport.describe(0.999)).isEqualTo("1.00x the time (the same)");
        assertThat(ReplayReport.describe(1.004)).isEqualTo("1.00x the time (the same)");
    }

    @Test
    void print_showsMediansRatiosBoundAndTheSeedsFigures() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        report.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "requests              1000 per pass; 3 passes each way, medians below",
                "hits                  300 per cached pass",
                "misses                700 per cached pass",
                "hit rate              30.0%",
                "no cache                 10.40 s wall      9.95 s CPU",
                "with cache                7.20 s wall      7.00 s CPU",
                "with cache, wall      0.69x the time (1.44x faster)",
                "with cache, CPU       0.70x the time (1.42x faster)",
                "bound for this trace  0.70x the time (1.42x faster): every miss at the model's cost, every hit at the hit's",
                "mean model run          10.000 ms  (median 9.870 ms)",
                "mean cache hit           0.100 ms  (median 0.071 ms)",
                "model time saved          2.97 s per cached pass");
    }
}
