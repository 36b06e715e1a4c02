package io.cachedinference.benchmarks;

import io.cachedinference.benchmarks.batch.SlowClassifier;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link BatchBenchmark} with {@link WorkerCpuTimeProfiler} (JMH command-line options pass
 * through, such as {@code -rf json -rff /tmp/batch.json}), then prints one table per provider and
 * the two goals, each judged on scores of the same run:
 * <ol type="a">
 *   <li>model time scales with the misses: each call with misses runs the model once, with exactly
 *       the missing images, and a call with none does not run it; and what a call costs above the
 *       all-cached call is the model's cost for those images (2 ms + 0.3 ms each), within 10 %;</li>
 *   <li>per image, the all-cached batch call costs at most 1.3× a single-image hit of the same
 *       image on the same cache.</li>
 * </ol>
 * Scores are medians of the measurement iterations; goals are judged on the worker thread's CPU
 * time (the model spins on CPU time, {@code BusyWait.CPU}), the wall-time figure is printed beside.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar io.cachedinference.benchmarks.BatchReport}
 */
public final class BatchReport {

    /** Goal (b)'s limit. */
    static final double PER_IMAGE_LIMIT = 1.3;
    /** Goal (a)'s tolerance on the model's share of a call. */
    static final double MODEL_TOLERANCE = 0.10;

    private BatchReport() {
    }

    /** One benchmark's scores: medians in µs/op, and the counts per batch call. */
    record Score(double cpu, double wall, double modelRunsPerCall, double imagesPerRun) {
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        CommandLineOptions commandLine = new CommandLineOptions(args);
        Collection<RunResult> results = new Runner(new OptionsBuilder().parent(commandLine)
                .include(BatchBenchmark.class.getName() + "\\.")
                .addProfiler(WorkerCpuTimeProfiler.class).build()).run();
        Map<String, Score> scores = new LinkedHashMap<>();
        for (RunResult result : results) {
            String method = result.getParams().getBenchmark().replaceFirst(".*\\.", "");
            String percent = method.equals("batch") ? result.getParams().getParam("cachedPercent") : "-";
            var secondary = result.getSecondaryResults();
            double calls = sum(result, "batchCalls");
            double runs = sum(result, "modelRuns");
            double images = sum(result, "modelImages");
            scores.put(key(result.getParams().getParam("provider"), method, percent), new Score(
                    // the profiler reports ns/op, the benchmark µs/op
                    secondary.get(WorkerCpuTimeProfiler.METRIC).getStatistics().getPercentile(50) / 1_000,
                    result.getPrimaryResult().getStatistics().getPercentile(50),
                    calls > 0 ? runs / calls : Double.NaN, runs > 0 ? images / runs : Double.NaN));
        }
        System.out.println();
        System.out.println(report(scores));
    }

    private static double sum(RunResult result, String counter) {
        Result<?> r = result.getSecondaryResults().get(counter);
        return r == null ? 0 : r.getStatistics().getSum();
    }

    static String key(String provider, String method, String percent) {
        return provider + "/" + method + "/" + percent;
    }

    /** The model's cost for a run with this many images, µs. */
    static double modelMicros(int images) {
        return images == 0 ? 0 : (SlowClassifier.FIXED_NANOS + images * SlowClassifier.PER_ITEM_NANOS) / 1_000.0;
    }

    /** The tables and goals, one section per provider measured. */
    static String report(Map<String, Score> scores) {
        Set<String> providers = new LinkedHashSet<>();
        scores.keySet().forEach(k -> providers.add(k.substring(0, k.indexOf('/'))));
        StringBuilder out = new StringBuilder();
        for (String provider : providers) {
            out.append("### ").append(provider).append("\n\n| call | CPU µs (median) | wall µs (median) | model runs per call"
                    + " | images per model run | CPU above the all-cached call, µs | model cost of the misses, µs |\n"
                    + "|---|---:|---:|---:|---:|---:|---:|\n");
            Score all = scores.get(key(provider, "batch", "100"));
            for (String percent : new String[] {"0", "50", "100"}) {
                Score s = scores.get(key(provider, "batch", percent));
                if (s == null) {
                    continue;
                }
                int misses = BatchBenchmark.missing(Integer.parseInt(percent)).length;
                out.append(String.format(Locale.ROOT, "| batch of %d, %s %% cached | %,.1f | %,.1f | %.2f | %s | %s | %,.1f |%n",
                        BatchBenchmark.BATCH, percent, s.cpu(), s.wall(), s.modelRunsPerCall(),
                        Double.isNaN(s.imagesPerRun()) ? "–" : String.format(Locale.ROOT, "%.2f", s.imagesPerRun()),
                        all == null ? "–" : String.format(Locale.ROOT, "%,.1f", s.cpu() - all.cpu()), modelMicros(misses)));
            }
            Score single = scores.get(key(provider, "single", "-"));
            if (single != null) {
                out.append(String.format(Locale.ROOT, "| single-image hit, image 0 every call | %,.1f | %,.1f | 0 | – | | |%n",
                        single.cpu(), single.wall()));
            }
            Score singles = scores.get(key(provider, "singles", "-"));
            if (singles != null) {
                out.append(String.format(Locale.ROOT, "| %d single-image hits, one per image | %,.1f | %,.1f | 0 | – | | |%n",
                        BatchBenchmark.BATCH, singles.cpu(), singles.wall()));
            }
            out.append('\n').append(goals(provider, scores)).append('\n');
        }
        return out.toString();
    }

    /** Each goal with its figures and whether they meet it; goals whose scores were not measured are left out. */
    static String goals(String provider, Map<String, Score> scores) {
        StringBuilder out = new StringBuilder("| goal | measured | met |\n|---|---|---|\n");
        Score all = scores.get(key(provider, "batch", "100"));
        if (all != null) {
            for (String percent : new String[] {"0", "50", "100"}) {
                Score s = scores.get(key(provider, "batch", percent));
                if (s == null) {
                    continue;
                }
                int misses = BatchBenchmark.missing(Integer.parseInt(percent)).length;
                boolean runsRight = misses == 0 ? s.modelRunsPerCall() == 0
                        : s.modelRunsPerCall() == 1 && s.imagesPerRun() == misses;
                double extra = s.cpu() - all.cpu();
                double model = modelMicros(misses);
                boolean timeRight = misses == 0 || Math.abs(extra - model) <= MODEL_TOLERANCE * model;
                String goal = misses == 0 ? "no model run"
                        : "one model run with the " + misses + " missing images, and the CPU above the all-cached call is"
                                + " their model cost ± 10 %";
                String time = misses == 0 ? "" : String.format(Locale.ROOT, "; %,.1f µs for %,.1f µs (%+.1f %%)", extra,
                        model, 100 * (extra - model) / model);
                out.append(String.format(Locale.ROOT, "| (a) %s %% cached: %s | %.2f runs/call × %s images%s | %s |%n",
                        percent, goal, s.modelRunsPerCall(), Double.isNaN(s.imagesPerRun()) ? "0"
                                : String.format(Locale.ROOT, "%.2f", s.imagesPerRun()), time,
                        runsRight && timeRight ? "met" : "**missed**"));
            }
        }
        Score single = scores.get(key(provider, "single", "-"));
        if (all != null && single != null) {
            double perImage = all.cpu() / BatchBenchmark.BATCH;
            double ratio = perImage / single.cpu();
            out.append(String.format(Locale.ROOT, "| (b) per image, the all-cached batch ≤ %.1f× a single-image hit"
                    + " | %,.1f ÷ %d = %,.1f µs vs %,.1f µs: %.2f× (wall %.2f×) | %s |%n", PER_IMAGE_LIMIT, all.cpu(),
                    BatchBenchmark.BATCH, perImage, single.cpu(), ratio, all.wall() / BatchBenchmark.BATCH / single.wall(),
                    ratio <= PER_IMAGE_LIMIT ? "met" : "**missed**"));
        }
        Score singles = scores.get(key(provider, "singles", "-"));
        if (all != null && singles != null) {
            out.append(String.format(Locale.ROOT, "| (b, same data) the all-cached batch ÷ %d single-image hits of its"
                    + " images, for reading (b) | %,.1f µs vs %,.1f µs: %.2f× (wall %.2f×) | – |%n", BatchBenchmark.BATCH,
                    all.cpu(), singles.cpu(), all.cpu() / singles.cpu(), all.wall() / singles.wall()));
        }
        return out.toString();
    }
}
