package io.cachedinference.examples.replay;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * What one replay measured: the passes without and with the cache, and what follows from them.
 *
 * <p>The <em>bound</em> is the best the cache can do on this trace: every miss at the model's cost
 * (the uncached median per request) and every hit at the hit's cost, so a trace with 30% repeats
 * can save at most about 30% of the time. A ratio is printed so that it cannot contradict itself:
 * "0.74x the time (1.35x faster)", or "(1.20x slower)" when the cache costs more than it saves.
 *
 * @param requests       requests in one pass
 * @param uncached       the passes calling the model directly, in order
 * @param cached         the passes through {@code @CachedInference}, each from an empty cache, in order
 * @param medianHit      the median hit latency, from the cache's statistics
 * @param medianModelRun the median model run on a miss, from the cache's statistics
 */
public record ReplayReport(int requests, List<ReplayPass> uncached, List<ReplayPass> cached, Duration medianHit,
        Duration medianModelRun) {

    public ReplayReport {
        uncached = List.copyOf(uncached);
        cached = List.copyOf(cached);
        Objects.requireNonNull(medianHit, "medianHit");
        Objects.requireNonNull(medianModelRun, "medianModelRun");
        if (uncached.isEmpty() || cached.isEmpty()) {
            throw new IllegalArgumentException("A report needs at least one pass of each kind");
        }
    }

    /** Hits over all cached passes. */
    public long hits() {
        return cached.stream().mapToLong(ReplayPass::hits).sum();
    }

    /** Misses over all cached passes. */
    public long misses() {
        return cached.stream().mapToLong(ReplayPass::misses).sum();
    }

    /** Hits over all lookups. */
    public double hitRate() {
        return (double) hits() / (hits() + misses());
    }

    /** The median wall time of a pass without the cache. */
    public Duration uncachedWall() {
        return median(uncached, ReplayPass::wall);
    }

    /** The median wall time of a pass with the cache. */
    public Duration cachedWall() {
        return median(cached, ReplayPass::wall);
    }

    /** The median CPU time of the calling thread in a pass without the cache. */
    public Duration uncachedCpu() {
        return median(uncached, ReplayPass::cpu);
    }

    /** The median CPU time of the calling thread in a pass with the cache. */
    public Duration cachedCpu() {
        return median(cached, ReplayPass::cpu);
    }

    /** Mean time of a model run on a miss, from the cache's statistics. */
    public Duration meanModelTime() {
        long misses = misses();
        return misses == 0 ? Duration.ZERO : total(ReplayPass::modelTime).dividedBy(misses);
    }

    /** Mean time of a hit, from the cache's statistics. */
    public Duration meanHitTime() {
        long hits = hits();
        return hits == 0 ? Duration.ZERO : total(ReplayPass::hitTime).dividedBy(hits);
    }

    /** Model time the hits of one cached pass saved: the hits at the mean model time, less the hits' own time. */
    public Duration modelTimeSavedPerPass() {
        Duration saved = meanModelTime().multipliedBy(hits()).minus(total(ReplayPass::hitTime));
        return saved.dividedBy(cached.size());
    }

    /** Cached over uncached median wall time: below 1 the cache made the trace faster. */
    public double wallRatio() {
        return ratio(cachedWall(), uncachedWall());
    }

    /** Cached over uncached median CPU time of the calling thread. */
    public double cpuRatio() {
        return ratio(cachedCpu(), uncachedCpu());
    }

    /**
     * The best ratio the cache can reach on this trace: the misses of a pass at the uncached cost
     * per request, the hits at the mean hit time, over the uncached time.
     */
    public double boundRatio() {
        double perRequest = uncachedWall().toNanos() / (double) requests;
        double passes = cached.size();
        double best = misses() / passes * perRequest + hits() / passes * meanHitTime().toNanos();
        return best / uncachedWall().toNanos();
    }

    /** "0.74x the time (1.35x faster)", "1.20x the time (1.20x slower)" or "1.00x the time (the same)". */
    public static String describe(double ratio) {
        String times = String.format(Locale.ROOT, "%.2fx the time", ratio);
        if (times.startsWith("1.00x")) {
            return times + " (the same)";
        }
        return ratio < 1
                ? times + String.format(Locale.ROOT, " (%.2fx faster)", 1 / ratio)
                : times + String.format(Locale.ROOT, " (%.2fx slower)", ratio);
    }

    /** Prints the report as the demo shows it. */
    public void print(PrintStream out) {
        int passes = cached.size();
        out.printf(Locale.ROOT, "requests              %d per pass; %d passes each way, medians below%n", requests,
                passes);
        out.printf(Locale.ROOT, "hits                  %s per cached pass%n", perPass(hits(), passes));
        out.printf(Locale.ROOT, "misses                %s per cached pass%n", perPass(misses(), passes));
        out.printf(Locale.ROOT, "hit rate              %.1f%%%n", hitRate() * 100);
        out.printf(Locale.ROOT, "no cache              %8.2f s wall  %8.2f s CPU%n", seconds(uncachedWall()),
                seconds(uncachedCpu()));
        out.printf(Locale.ROOT, "with cache            %8.2f s wall  %8.2f s CPU%n", seconds(cachedWall()),
                seconds(cachedCpu()));
        out.printf(Locale.ROOT, "with cache, wall      %s%n", describe(wallRatio()));
        out.printf(Locale.ROOT, "with cache, CPU       %s%n", describe(cpuRatio()));
        out.printf(Locale.ROOT, "bound for this trace  %s: every miss at the model's cost, every hit at the hit's%n",
                describe(boundRatio()));
        out.printf(Locale.ROOT, "mean model run        %8.3f ms  (median %.3f ms)%n", millis(meanModelTime()),
                millis(medianModelRun));
        out.printf(Locale.ROOT, "mean cache hit        %8.3f ms  (median %.3f ms)%n", millis(meanHitTime()),
                millis(medianHit));
        out.printf(Locale.ROOT, "model time saved      %8.2f s per cached pass%n", seconds(modelTimeSavedPerPass()));
    }

    private Duration total(Function<ReplayPass, Duration> what) {
        return cached.stream().map(what).reduce(Duration.ZERO, Duration::plus);
    }

    private static Duration median(List<ReplayPass> passes, Function<ReplayPass, Duration> what) {
        List<Duration> sorted = passes.stream().map(what).sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
    }

    private static String perPass(long total, int passes) {
        return total % passes == 0 ? Long.toString(total / passes)
                : String.format(Locale.ROOT, "%.1f", (double) total / passes);
    }

    private static double ratio(Duration a, Duration b) {
        return (double) a.toNanos() / b.toNanos();
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    private static double millis(Duration d) {
        return d.toNanos() / 1e6;
    }
}
