package io.cachedinference.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link HitPathBenchmark} with {@link WorkerCpuTimeProfiler} (JMH command-line options pass
 * through, such as {@code -rf json -rff /tmp/hitpath.json}), then prints its table and the issue's
 * targets, each ratio computed from two scores of the same run.
 *
 * <p>Two scores per variant, both the median of the measurement iterations (a burst of load from
 * another process moves a median less than a mean): JMH's wall time, and the worker thread's CPU
 * time, which does not count time spent waiting for a core. Targets are judged on CPU time, the
 * estimate of what the wall time would be on an idle machine; the wall-time ratio is printed beside
 * it, and where the two disagree the README says so.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar io.cachedinference.benchmarks.HitPathReport}
 */
public final class HitPathReport {

    static final int SMALL = 512;
    static final int TENSOR = 150_528;

    private HitPathReport() {
    }

    /** One target of the issue: {@code numerator <= limit * denominator}, or with {@code atLeast}, {@code >=}. */
    record Target(String description, int floats, String numerator, String denominator, double limit, boolean atLeast) {

        /** The ratio the target is about: numerator over denominator, or the reverse for "times faster". */
        double ratio(Map<String, Double> scores) {
            double n = scores.get(floats + "/" + numerator);
            double d = scores.get(floats + "/" + denominator);
            return atLeast ? d / n : n / d;
        }

        boolean met(Map<String, Double> scores) {
            double r = ratio(scores);
            return atLeast ? r >= limit : r <= limit;
        }
    }

    /** The targets of the issue "Inference-grade semantics". */
    static final List<Target> TARGETS = List.of(
            new Target("512 floats, Caffeine hit ≤ 1.5× pass-through + XXH3-128 + CHM.get: (g) ÷ (d)",
                    SMALL, "g_cachedCaffeine", "d_keyChm", 1.5, false),
            new Target("512 floats, Ehcache hit ≤ 1.2× pass-through + XXH3-128 + raw Ehcache get: (f) ÷ (e)",
                    SMALL, "f_cachedEhcache", "e_keyRawEhcache", 1.2, false),
            new Target("512 floats, Ehcache hit ≥ 3× faster than the naive SHA-256 interceptor: (h) ÷ (f)",
                    SMALL, "f_cachedEhcache", "h_naiveSha256Chm", 3, true),
            new Target("512 floats, Caffeine hit ≥ 3× faster than the naive SHA-256 interceptor: (h) ÷ (g)",
                    SMALL, "g_cachedCaffeine", "h_naiveSha256Chm", 3, true),
            new Target("150,528 floats, Ehcache hit ≤ 1.3× the key alone: (f) ÷ (i)",
                    TENSOR, "f_cachedEhcache", "i_keyAlone", 1.3, false),
            new Target("150,528 floats, Caffeine hit ≤ 1.3× the key alone: (g) ÷ (i)",
                    TENSOR, "g_cachedCaffeine", "i_keyAlone", 1.3, false),
            new Target("150,528 floats, Ehcache hit ≥ 3× faster than the naive SHA-256 interceptor: (h) ÷ (f)",
                    TENSOR, "f_cachedEhcache", "h_naiveSha256Chm", 3, true),
            new Target("150,528 floats, Caffeine hit ≥ 3× faster than the naive SHA-256 interceptor: (h) ÷ (g)",
                    TENSOR, "g_cachedCaffeine", "h_naiveSha256Chm", 3, true));

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        CommandLineOptions commandLine = new CommandLineOptions(args);
        Collection<RunResult> results = new Runner(new OptionsBuilder().parent(commandLine)
                .include(HitPathBenchmark.class.getName() + "\\.")
                .addProfiler(WorkerCpuTimeProfiler.class).build()).run();
        Map<String, double[]> rows = new LinkedHashMap<>();
        Map<String, Double> wall = new LinkedHashMap<>();
        Map<String, Double> cpu = new LinkedHashMap<>();
        for (RunResult result : results) {
            String key = result.getParams().getParam("floats") + "/"
                    + result.getParams().getBenchmark().replaceFirst(".*\\.", "");
            var wallTimes = result.getPrimaryResult().getStatistics();
            var cpuTimes = result.getSecondaryResults().get(WorkerCpuTimeProfiler.METRIC).getStatistics();
            wall.put(key, wallTimes.getPercentile(50));
            cpu.put(key, cpuTimes.getPercentile(50));
            rows.put(key, new double[] {wallTimes.getPercentile(50), cpuTimes.getPercentile(50),
                    wallTimes.getMean(), wallTimes.getMeanErrorAt(0.999)});
        }
        System.out.println();
        System.out.println(table(rows));
        System.out.println(targets(cpu, wall));
    }

    /**
     * The scores as a Markdown table, one row per variant, ns/op, per input size: median wall time,
     * median CPU time, and JMH's usual mean wall time ± 99.9 % error.
     */
    static String table(Map<String, double[]> rows) {
        List<String> methods = new ArrayList<>();
        rows.keySet().forEach(k -> {
            String m = k.substring(k.indexOf('/') + 1);
            if (!methods.contains(m)) {
                methods.add(m);
            }
        });
        StringBuilder out = new StringBuilder("| variant | 512 floats: wall (median) | CPU (median) | wall mean ± error"
                + " | 150,528 floats: wall (median) | CPU (median) | wall mean ± error |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (String m : methods) {
            out.append("| ").append(m).append(" |");
            for (int floats : new int[] {SMALL, TENSOR}) {
                double[] s = rows.get(floats + "/" + m);
                if (s == null) {
                    out.append(" – | – | – |");
                } else {
                    out.append(String.format(Locale.ROOT, " %,.1f | %,.1f | %,.1f", s[0], s[1], s[2]))
                            .append(Double.isFinite(s[3]) ? String.format(Locale.ROOT, " ± %,.1f |", s[3]) : " |");
                }
            }
            out.append('\n');
        }
        return out.toString();
    }

    /**
     * Each target with its ratio of CPU-time medians, whether that meets it, and the ratio of wall-time
     * medians; targets whose scores were not measured are skipped.
     */
    static String targets(Map<String, Double> cpu, Map<String, Double> wall) {
        StringBuilder out = new StringBuilder("| target | ratio, CPU time | met | ratio, wall time |\n|---|---:|---|---:|\n");
        for (Target t : TARGETS) {
            if (!cpu.containsKey(t.floats() + "/" + t.numerator()) || !cpu.containsKey(t.floats() + "/" + t.denominator())) {
                continue;
            }
            out.append(String.format(Locale.ROOT, "| %s | %.2f× | %s | %.2f× |%n", t.description(), t.ratio(cpu),
                    t.met(cpu) ? "met" : "**missed**", t.ratio(wall)));
        }
        return out.toString();
    }
}
