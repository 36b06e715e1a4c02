package io.cachedinference.examples.replay;

import io.cachedinference.api.CacheStatistics;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Replays a trace through the model directly and through the cached bean, and compares, in a way
 * that load on the machine cannot tip: first a warm-up of both paths, then {@code rounds} rounds,
 * each one pass without and one pass with the cache (from an empty cache). The two passes of a
 * round are interleaved in slices of {@code slice} requests, alternating which goes first, so a
 * slow spell of the machine falls on both alike instead of on whichever pass it meets. The report
 * takes the median of each kind over the rounds and gives the calling thread's CPU time beside the
 * wall time. (The cache's latency percentiles, reported as medians of a hit and of a model run,
 * also count the warm-up.)
 */
public final class Replay {

    private final int rounds;
    private final int warmUp;
    private final int slice;

    /**
     * @param rounds passes of each kind, at least 1; odd counts have a true median
     * @param warmUp requests of the trace run through both paths before measuring
     * @param slice  requests run one way before switching to the other, at least 1
     */
    public Replay(int rounds, int warmUp, int slice) {
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be at least 1, got " + rounds);
        }
        if (warmUp < 0) {
            throw new IllegalArgumentException("warmUp must not be negative, got " + warmUp);
        }
        if (slice < 1) {
            throw new IllegalArgumentException("slice must be at least 1, got " + slice);
        }
        this.rounds = rounds;
        this.warmUp = warmUp;
        this.slice = slice;
    }

    /**
     * Runs the warm-up and the rounds.
     *
     * @param trace      the requests
     * @param direct     the model without a cache
     * @param cached     the same model through {@code @CachedInference}
     * @param clearCache empties the cached model's cache
     * @param statistics the cached model's cache statistics (a live view or a fresh snapshot)
     * @param out        where each pass is reported as its round ends
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
        List<ReplayPass> uncachedPasses = new ArrayList<>();
        List<ReplayPass> cachedPasses = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            clearCache.run();
            Progress progress = Progress.transientOnTerminal(out, String.format(Locale.ROOT, "round %d/%d", round, rounds),
                    2 * requests.size());
            Counters before = Counters.of(statistics.get());
            long[] uncachedTimes = new long[2];
            long[] cachedTimes = new long[2];
            int done = 0;
            for (int from = 0, k = 0; from < requests.size(); from += slice, k++) {
                int to = Math.min(from + slice, requests.size());
                // the first slice of a round alternates from round to round, then each slice swaps
                boolean cachedFirst = (k + round) % 2 == 0;
                for (int half = 0; half < 2; half++) {
                    boolean withCache = cachedFirst == (half == 0);
                    run(requests, from, to, withCache ? cached : direct, threads, withCache ? cachedTimes : uncachedTimes);
                    done += to - from;
                    progress.update(done);
                }
            }
            Counters after = Counters.of(statistics.get());
            ReplayPass uncachedPass = new ReplayPass(false, Duration.ofNanos(uncachedTimes[0]),
                    Duration.ofNanos(uncachedTimes[1]), 0, 0, Duration.ZERO, Duration.ZERO);
            ReplayPass cachedPass = new ReplayPass(true, Duration.ofNanos(cachedTimes[0]),
                    Duration.ofNanos(cachedTimes[1]), after.hits - before.hits, after.misses - before.misses,
                    after.modelTime.minus(before.modelTime), after.hitTime.minus(before.hitTime));
            uncachedPasses.add(uncachedPass);
            cachedPasses.add(cachedPass);
            print(out, round, "no cache  ", uncachedPass);
            print(out, round, "with cache", cachedPass);
        }
        CacheStatistics end = statistics.get();
        return new ReplayReport(requests.size(), uncachedPasses, cachedPasses, end.hitLatencies().percentile(50),
                end.modelLatencies().percentile(50));
    }

    /** Runs requests [from, to) and adds their wall and CPU nanoseconds to {@code times}. */
    private static void run(List<float[]> requests, int from, int to, UnaryOperator<float[]> model,
            ThreadMXBean threads, long[] times) {
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int i = from; i < to; i++) {
            model.apply(requests.get(i));
        }
        times[0] += System.nanoTime() - start;
        times[1] += threads.getCurrentThreadCpuTime() - cpu;
    }

    private void print(PrintStream out, int round, String what, ReplayPass pass) {
        out.printf(Locale.ROOT, "round %d/%d  %s  %8.2f s wall  %8.2f s CPU%n", round, rounds, what, seconds(pass.wall()),
                seconds(pass.cpu()));
        out.flush();
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
        out.printf(Locale.ROOT, "warm-up: %d requests each way, %d hits  %.2f s%n", n, n, (System.nanoTime() - start) / 1e9);
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
