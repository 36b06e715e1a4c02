package io.cachedinference.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.benchmarks.compression.TypicalResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A smoke test, not a measurement: for every result and compression a hit returns exactly the
 * result the model answered (bit for bit), a fresh copy each time, and the bytes the benchmark
 * records are the cache's own figures.
 */
final class CompressionBenchmarkTest {

    private static final int HITS = 3;

    private final CompressionBenchmark benchmark = new CompressionBenchmark();
    private final CompressionBenchmark.Stored counters = new CompressionBenchmark.Stored();

    @AfterEach
    void stop() {
        benchmark.stop();
    }

    @ParameterizedTest
    @CsvSource({"SOFTMAX, none", "SOFTMAX, lz4", "SOFTMAX, zstd", "EMBEDDING, none", "EMBEDDING, lz4", "EMBEDDING, zstd",
            "SPARSE, none", "SPARSE, lz4", "SPARSE, zstd"})
    void hit_roundTripsExactly(TypicalResult result, String compression) {
        start(result, compression);

        float[] first = benchmark.hit(counters);
        float[] second = benchmark.hit(counters);
        benchmark.hit(counters);
        counters.count();

        assertThat(first).isEqualTo(result.value()).isNotSameAs(second);
        assertThat(second).isEqualTo(result.value());
        assertThat(counters.hits).isEqualTo(HITS);
        assertThat(benchmark.statistics().misses()).isEqualTo(1);
        assertThat(counters.rawBytes).isEqualTo(result.rawBytes());
        if (compression.equals("none")) {
            assertThat(counters.storedBytes).isEqualTo(result.rawBytes());
            assertThat(counters.decompressNanos).isZero();
        } else {
            assertThat(counters.storedBytes).isPositive().isLessThanOrEqualTo(result.rawBytes());
        }
    }

    @ParameterizedTest
    @EnumSource(TypicalResult.class)
    void sparseMapCompresses_andEveryResultIsTheSizeTheReadmeReports(TypicalResult result) {
        start(result, "lz4");

        if (result == TypicalResult.SPARSE) {
            assertThat(benchmark.storedRatio()).isLessThan(0.5);
        }
        assertThat(result.value()).hasSize(result.length());
        assertThat(result.rawBytes()).isEqualTo(switch (result) {
            case SOFTMAX -> 4_000;
            case EMBEDDING -> 8_192;
            case SPARSE -> 65_536;
        });
    }

    private void start(TypicalResult result, String compression) {
        benchmark.result = result;
        benchmark.compression = compression;
        benchmark.open();
        counters.mark(benchmark);
    }
}
