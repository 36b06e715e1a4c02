package io.cachedinference.benchmarks;

import io.cachedinference.benchmarks.compression.TypicalResult;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link CompressionBenchmark} with {@link WorkerCpuTimeProfiler} (JMH command-line options pass
 * through), then prints one row per result and compression: bytes stored over raw, the hit's median
 * CPU and wall time, the hit's CPU time over the uncompressed hit's of the same result in the same
 * run, and the codec's decompression time per hit.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar io.cachedinference.benchmarks.CompressionReport}
 */
public final class CompressionReport {

    private CompressionReport() {
    }

    /** One benchmark's figures: stored ÷ raw, median CPU and wall ns per hit, decompression ns per hit. */
    record Score(double stored, double cpu, double wall, double decompress) {
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        CommandLineOptions commandLine = new CommandLineOptions(args);
        Collection<RunResult> results = new Runner(new OptionsBuilder().parent(commandLine)
                .include(CompressionBenchmark.class.getName() + "\\.")
                .addProfiler(WorkerCpuTimeProfiler.class).build()).run();
        Map<String, Score> scores = new LinkedHashMap<>();
        for (RunResult result : results) {
            var secondary = result.getSecondaryResults();
            double hits = secondary.get("hits").getStatistics().getSum();
            scores.put(key(result.getParams().getParam("result"), result.getParams().getParam("compression")), new Score(
                    secondary.get("storedBytes").getStatistics().getSum() / secondary.get("rawBytes").getStatistics().getSum(),
                    secondary.get(WorkerCpuTimeProfiler.METRIC).getStatistics().getPercentile(50),
                    result.getPrimaryResult().getStatistics().getPercentile(50),
                    hits > 0 ? secondary.get("decompressNanos").getStatistics().getSum() / hits : Double.NaN));
        }
        System.out.println();
        System.out.println(table(scores));
    }

    static String key(String result, String compression) {
        return result + "/" + compression;
    }

    /** The table; rows whose scores were not measured are left out, ratios without a {@code none} row too. */
    static String table(Map<String, Score> scores) {
        StringBuilder out = new StringBuilder("| result | raw bytes | compression | stored ÷ raw | hit CPU ns (median)"
                + " | hit wall ns (median) | hit ÷ uncompressed hit, CPU (wall) | decompression ns per hit |\n"
                + "|---|---:|---|---:|---:|---:|---:|---:|\n");
        for (TypicalResult result : TypicalResult.values()) {
            Score none = scores.get(key(result.name(), "none"));
            for (String compression : new String[] {"none", "lz4", "zstd"}) {
                Score s = scores.get(key(result.name(), compression));
                if (s == null) {
                    continue;
                }
                out.append(String.format(Locale.ROOT, "| %s (%,d floats) | %,d | %s | %.3f | %,.0f | %,.0f | %s | %s |%n",
                        result.name().toLowerCase(Locale.ROOT), result.length(), result.rawBytes(), compression, s.stored(),
                        s.cpu(), s.wall(), none == null ? "–" : String.format(Locale.ROOT, "%.2f× (%.2f×)",
                                s.cpu() / none.cpu(), s.wall() / none.wall()),
                        compression.equals("none") ? "–" : String.format(Locale.ROOT, "%,.0f", s.decompress())));
            }
        }
        return out.toString();
    }
}
