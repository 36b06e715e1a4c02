package io.cachedinference.examples.replay;

import io.cachedinference.api.CacheStatistics;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Replays a trace through the model directly and through the cached bean, and compares, in a way
 * that load on the machine cannot tip: first a warm-up of both paths, then {@code rounds} rounds
 * of one pass each way, alternating which goes first (so a slow spell hurts both alike); each
 * cached pass starts from an empty cache. The report takes the median of each kind and gives the
 * calling thread's CPU time beside the wall time. (The cache's latency percentiles, reported as
 * medians of a hit and of a model run, also count the warm-up.)
 */
public final class Replay {

    private final int rounds;
    private final int warmUp;

    /**
     * @param rounds passes of each kind, at least 1; odd counts have a true median
     * @param warmUp requests of the trace run through both paths before measuring
     */
    public Replay(int rounds, int warmUp) {
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be at least 1, got " + rounds);
        }
        if (warmUp < 0) {
            throw new IllegalArgumentException("warmUp must not be negative, got " + warmUp);
        }
        this.rounds = rounds;
        this.warmUp = warmUp;
    }

    /**
     * Runs the warm-up and the rounds.
     *
     * @param trace      the requests
     * @param direct     the model without a cache
     * @param cached     the same model through {@code @CachedInference}
     * @param clearCache empties the cached model's cache
     * @param statistics the cached model's cache statistics (a live view or a fresh snapshot)
     * @param out        where each pass is reported as it ends
     */
    public ReplayReport run(ReplayTrace trace, UnaryOperator<float[]> direct, UnaryOperator<float[]> cached,
            Runnable clearCache, Supplier<CacheStatistics> statistics, PrintStream out) {
        Objects.requireNonNull(clearCache, "clearCache");
        List<float[]> requests = trace.requests();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (!threads.isCurrentThreadCpuTimeSupported()) {
            throw new IllegalStateException("This JVM cannot measure a thread's CPU time, which the replay reports");
        }
        warmUp(requests, direct, cached, out);
        clearCache.run();
        List<ReplayPass> uncachedPasses = new ArrayList<>();
        List<ReplayPass> cachedPasses = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            // ABBA order: a round that starts without the cache is followed by one that starts with it
            boolean cachedFirst = round % 2 == 0;
            for (int k = 0; k < 2; k++) {
                boolean withCache = cachedFirst == (k == 0);
                String label = String.format("round %d/%d  %s", round, rounds, withCache ? "with cache" : "no cache  ");
                Progress progress = Progress.transientOnTerminal(out, label, requests.size());
                ReplayPass pass;
                if (withCache) {
                    clearCache.run();
                    pass = cachedPass(requests, cached, statistics, threads, progress);
                    cachedPasses.add(pass);
                } else {
                    pass = uncachedPass(requests, direct, threads, progress);
                    uncachedPasses.add(pass);
                }
                out.printf("%s  %8.2f s wall  %8.2f s CPU%n", label, seconds(pass.wall()), seconds(pass.cpu()));
                out.flush();
            }
        }
        CacheStatistics end = statistics.get();
        return new ReplayReport(requests.size(), uncachedPasses, cachedPasses, end.hitLatencies().percentile(50),
                end.modelLatencies().percentile(50));
    }

    private void warmUp(List<float[]> requests, UnaryOperator<float[]> direct, UnaryOperator<float[]> cached,
            PrintStream out) {
        int n = Math.min(warmUp, requests.size());
        if (n == 0) {
            return;
        }
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            float[] request = requests.get(i);
            direct.apply(request);
            cached.apply(request);
            cached.apply(request);
        }
        out.printf("warm-up: %d requests each way, %d hits  %.2f s%n", n, n, (System.nanoTime() - start) / 1e9);
    }

    private static ReplayPass uncachedPass(List<float[]> requests, UnaryOperator<float[]> model,
            ThreadMXBean threads, Progress progress) {
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < requests.size(); i++) {
            model.apply(requests.get(i));
            progress.update(i + 1);
        }
        long wall = System.nanoTime() - start;
        return new ReplayPass(false, Duration.ofNanos(wall), Duration.ofNanos(threads.getCurrentThreadCpuTime() - cpu),
                0, 0, Duration.ZERO, Duration.ZERO);
    }

    private static ReplayPass cachedPass(List<float[]> requests, UnaryOperator<float[]> model,
            Supplier<CacheStatistics> statistics, ThreadMXBean threads, Progress progress) {
        Counters before = Counters.of(statistics.get());
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < requests.size(); i++) {
            model.apply(requests.get(i));
            progress.update(i + 1);
        }
        long wall = System.nanoTime() - start;
        long cpuUsed = threads.getCurrentThreadCpuTime() - cpu;
        Counters after = Counters.of(statistics.get());
        return new ReplayPass(true, Duration.ofNanos(wall), Duration.ofNanos(cpuUsed), after.hits - before.hits,
                after.misses - before.misses, after.modelTime.minus(before.modelTime),
                after.hitTime.minus(before.hitTime));
    }

    private record Counters(long hits, long misses, Duration modelTime, Duration hitTime) {
        static Counters of(CacheStatistics s) {
            return new Counters(s.hits(), s.misses(), s.totalModelTime(), s.totalHitTime());
        }
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }
}
