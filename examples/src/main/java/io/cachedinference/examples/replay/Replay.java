package io.cachedinference.examples.replay;

import io.cachedinference.api.CacheStatistics;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

/** Replays a trace through the model directly, then through the cached bean, and compares. */
public final class Replay {

    private Replay() {
    }

    /**
     * Runs both passes and reads the cache's statistics.
     *
     * @param trace      the requests
     * @param direct     the model without a cache
     * @param cached     the same model through {@code @CachedInference}
     * @param statistics the cached model's cache statistics, read after the cached pass
     * @param out        where progress is drawn
     */
    public static ReplayReport run(ReplayTrace trace, UnaryOperator<float[]> direct, UnaryOperator<float[]> cached,
            java.util.function.Supplier<CacheStatistics> statistics, PrintStream out) {
        List<float[]> requests = trace.requests();
        Duration uncached = pass(requests, direct, new Progress(out, "no cache  ", requests.size()));
        Duration withCache = pass(requests, cached, new Progress(out, "with cache", requests.size()));
        CacheStatistics s = statistics.get();
        return new ReplayReport(requests.size(), s.hits(), s.misses(), uncached, withCache, s.estimatedTimeSaved(),
                s.meanHitTime(), s.meanModelTime());
    }

    private static Duration pass(List<float[]> requests, UnaryOperator<float[]> model, Progress progress) {
        long start = System.nanoTime();
        for (int i = 0; i < requests.size(); i++) {
            model.apply(requests.get(i));
            progress.update(i + 1);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
