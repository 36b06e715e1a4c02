package io.cachedinference.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The table divides each hit by the uncompressed hit of the same result. */
final class CompressionReportTest {

    @Test
    void table_comparesEachCompressionWithNoneOfTheSameResult() {
        Map<String, CompressionReport.Score> scores = new HashMap<>();
        scores.put(CompressionReport.key("SPARSE", "none"), new CompressionReport.Score(1.0, 2_000, 4_000, Double.NaN));
        scores.put(CompressionReport.key("SPARSE", "lz4"), new CompressionReport.Score(0.25, 5_000, 8_000, 2_500));
        scores.put(CompressionReport.key("SOFTMAX", "zstd"), new CompressionReport.Score(0.9, 700, 900, 300));

        String table = CompressionReport.table(scores);

        assertThat(table).contains("| sparse (16,384 floats) | 65,536 | none | 1.000 | 2,000 | 4,000 | 1.00× (1.00×) | – |")
                .contains("| sparse (16,384 floats) | 65,536 | lz4 | 0.250 | 5,000 | 8,000 | 2.50× (2.00×) | 2,500 |")
                // no uncompressed softmax measured: no ratio
                .contains("| softmax (1,000 floats) | 4,000 | zstd | 0.900 | 700 | 900 | – | 300 |")
                .doesNotContain("embedding");
    }
}
