package io.cachedinference.examples.replay;

import java.io.PrintStream;
import java.time.Duration;

/**
 * What one replay measured.
 *
 * @param requests      requests replayed
 * @param hits          requests answered from the cache
 * @param misses        requests that ran the model
 * @param uncachedWall  wall time of the trace calling the model directly
 * @param cachedWall    wall time of the trace through {@code @CachedInference}
 * @param modelTimeSaved model time the hits saved, from the cache's statistics
 * @param meanHitTime   mean time of a hit
 * @param meanModelTime mean time of a model run
 */
public record ReplayReport(int requests, long hits, long misses, Duration uncachedWall, Duration cachedWall,
        Duration modelTimeSaved, Duration meanHitTime, Duration meanModelTime) {

    /** Hits over all lookups. */
    public double hitRate() {
        return (double) hits / (hits + misses);
    }

    /** Prints the report as the demo shows it. */
    public void print(PrintStream out) {
        out.printf("requests           %d%n", requests);
        out.printf("hits               %d%n", hits);
        out.printf("misses             %d%n", misses);
        out.printf("hit rate           %.1f%%%n", hitRate() * 100);
        out.printf("wall time, no cache   %8.2f s%n", seconds(uncachedWall));
        out.printf("wall time, with cache %8.2f s  (%.2fx faster)%n", seconds(cachedWall),
                seconds(uncachedWall) / seconds(cachedWall));
        out.printf("mean model run     %8.3f ms%n", meanModelTime.toNanos() / 1e6);
        out.printf("mean cache hit     %8.3f ms%n", meanHitTime.toNanos() / 1e6);
        out.printf("model time saved   %8.2f s%n", seconds(modelTimeSaved));
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }
}
