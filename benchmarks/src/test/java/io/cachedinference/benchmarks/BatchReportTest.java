package io.cachedinference.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The goal check reads the right scores and judges them as the README says. */
final class BatchReportTest {

    @Test
    void goals_judgeRunsImagesModelTimeAndPerImageCost() {
        Map<String, BatchReport.Score> scores = new HashMap<>();
        // all-cached: 32 × 60 µs; half: + 6,800 µs of model; none: + 11,600 µs − 15 % (too cheap)
        scores.put(BatchReport.key("ehcache", "batch", "100"), new BatchReport.Score(1_920, 2_500, 0, Double.NaN));
        scores.put(BatchReport.key("ehcache", "batch", "50"), new BatchReport.Score(8_720, 9_000, 1, 16));
        scores.put(BatchReport.key("ehcache", "batch", "0"), new BatchReport.Score(1_920 + 9_860, 12_000, 1, 32));
        scores.put(BatchReport.key("ehcache", "single", "-"), new BatchReport.Score(50, 70, 0, Double.NaN));
        scores.put(BatchReport.key("ehcache", "singles", "-"), new BatchReport.Score(1_600, 2_000, 0, Double.NaN));

        String goals = BatchReport.goals("ehcache", scores);

        assertThat(goals).contains("| (a) 100 % cached: no model run").contains("0.00 runs/call × 0 images | met |")
                .contains("1.00 runs/call × 16.00 images; 6,800.0 µs for 6,800.0 µs (+0.0 %) | met |")
                .contains("1.00 runs/call × 32.00 images; 9,860.0 µs for 11,600.0 µs (-15.0 %) | **missed** |")
                // 1,920 / 32 = 60 µs per image against a 50 µs hit: 1.2×
                .contains("60.0 µs vs 50.0 µs: 1.20× (wall 1.12×) | met |")
                // the same data: 1,920 µs against 32 single hits of 1,600 µs
                .contains("1,920.0 µs vs 1,600.0 µs: 1.20× (wall 1.25×) | – |");
    }

    @Test
    void goals_missRunsThatTakeTheWrongImages() {
        Map<String, BatchReport.Score> scores = new HashMap<>();
        scores.put(BatchReport.key("caffeine", "batch", "100"), new BatchReport.Score(1_000, 1_000, 0, Double.NaN));
        scores.put(BatchReport.key("caffeine", "batch", "50"), new BatchReport.Score(12_600, 13_000, 1, 32));

        assertThat(BatchReport.goals("caffeine", scores)).contains("(a) 50 % cached").contains("**missed**")
                // no single-image score: goal (b) is left out, not failed
                .doesNotContain("(b");
    }
}
