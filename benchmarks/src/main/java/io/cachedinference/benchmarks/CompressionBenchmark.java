package io.cachedinference.benchmarks;

import io.cachedinference.api.CacheStatistics;
import io.cachedinference.benchmarks.compression.ResultModel;
import io.cachedinference.benchmarks.compression.TypicalResult;
import io.cachedinference.benchmarks.hitpath.HitPathContainer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * "Batch calls and memory", compression: a {@code @CachedInference} hit (Ehcache, the default
 * provider) that answers one of three {@link TypicalResult}s, with the cache's
 * {@code cached-inference.cache.<name>.compression} unset ({@code none}), {@code lz4} or
 * {@code zstd}. The compression threshold is set to 0, so the 4,000-byte softmax, below the default
 * threshold of 4,096 bytes, is compressed too.
 *
 * <p>The key is a short string, so the key costs about 50 ns and the hit is mostly the value's path:
 * the ratio of a compressed to an uncompressed hit is as large here as it gets. Setup stores the
 * result with one call and prints the bytes stored against the raw bytes, from the cache's
 * {@link CacheStatistics#compressionBytesSaved()}; the aux counters {@code storedBytes} and
 * {@code rawBytes} record them in the results, {@code hits} and {@code decompressNanos} the hits and
 * the time the codec spent decompressing in each iteration. {@link CompressionReport} runs this
 * class with the CPU-time profiler and prints the table.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 16, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class CompressionBenchmark {

    /** The key of every call. */
    public static final String REQUEST = "request-0001";

    @Param({"SOFTMAX", "EMBEDDING", "SPARSE"})
    public TypicalResult result;

    /** The cache's compression; {@code none} leaves it unconfigured. */
    @Param({"none", "lz4", "zstd"})
    public String compression;

    private HitPathContainer container;
    private Function<String, float[]> call;
    private long storedBytes;

    @Setup
    public void start() {
        open();
        // beside JMH's figures, what each variant stores
        System.out.printf(Locale.ROOT, "# %s, %s: %,d bytes stored for %,d raw, %.3f%n", result, compression,
                storedBytes, result.rawBytes(), storedRatio());
    }

    /** Deploys the model on Ehcache with the variant's compression and stores one result. */
    void open() {
        container = HitPathContainer.cachedInference("ehcache", config(result, compression), ResultModel.class);
        ResultModel model = container.select(ResultModel.class);
        switch (result) {
            case SOFTMAX:
                call = model::softmax;
                break;
            case EMBEDDING:
                call = model::embedding;
                break;
            case SPARSE:
                call = model::sparse;
                break;
            default:
                throw new IllegalStateException("no method answers " + result);
        }
        call.apply(REQUEST); // stores the result
        storedBytes = result.rawBytes() - statistics().compressionBytesSaved();
    }

    @TearDown
    public void stop() {
        container.close();
    }

    @Benchmark
    public float[] hit(Stored counters) {
        return call.apply(REQUEST);
    }

    /** The configuration of a container whose cache for {@code result} uses {@code compression}, threshold 0. */
    static Map<String, String> config(TypicalResult result, String compression) {
        if (compression.equals("none")) {
            return Map.of();
        }
        String prefix = "cached-inference.cache." + result.cacheName();
        return Map.of(prefix + ".compression", compression, prefix + ".compression-threshold", "0");
    }

    /** Bytes stored over raw bytes (compressed arrays only: the record and array headers are left out). */
    double storedRatio() {
        return (double) storedBytes / result.rawBytes();
    }

    CacheStatistics statistics() {
        return container.statistics(result.cacheName());
    }

    /**
     * Per iteration: hits and the time spent decompressing them; and the bytes stored and raw.
     * Counted when the iteration ends: JMH reads the counters of the last iteration after the
     * container is closed.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Stored {

        public long storedBytes;
        public long rawBytes;
        public long hits;
        public long decompressNanos;
        private CompressionBenchmark benchmark;
        private long hitsBefore;
        private long decompressBefore;

        @Setup(Level.Iteration)
        public void mark(CompressionBenchmark benchmark) {
            this.benchmark = benchmark;
            hitsBefore = benchmark.statistics().hits();
            decompressBefore = benchmark.statistics().decompressionTime().toNanos();
        }

        @TearDown(Level.Iteration)
        public void count() {
            storedBytes = benchmark.storedBytes;
            rawBytes = benchmark.result.rawBytes();
            hits = benchmark.statistics().hits() - hitsBefore;
            decompressNanos = benchmark.statistics().decompressionTime().toNanos() - decompressBefore;
        }
    }
}
