package io.cachedinference.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.api.CacheStatistics;
import io.cachedinference.tck.KitContainer;
import io.cachedinference.tck.LogCapture;
import io.cachedinference.tck.beans.ScoringModel;
import io.cachedinference.testsupport.CapturedLog;
import io.cachedinference.testsupport.LoopbackRedis;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Redis killed while four threads call the model: no request fails, each failing cache call gives up
 * within the configured timeout and the model answers, and once Redis is back on the same port the
 * same deployment serves hits again.
 */
final class RedisOutageTest {

    private static final String NEGATE = "io.cachedinference.tck.beans.ScoringModel#negate(float[])";
    private static final Duration TIMEOUT = Duration.ofMillis(200);
    private static final int REQUESTS = 2_000;
    private static final int THREADS = 4;
    private static final int KEYS = 100;
    /** Requests answered before the kill. */
    private static final int BEFORE_KILL = 400;

    @Test
    void redisKilledUnderLoad_failsNoRequest_boundsFailingCallsByTheTimeout_andHitsResumeAfterARestart()
            throws Exception {
        LoopbackRedis redis = LoopbackRedis.start();
        Calls calls = new Calls();
        long errors;
        long uncached;
        long hitsDuring;
        List<String> coreWarnings;
        List<String> redissonWarnings;
        Duration resumedAfter;
        try (redis; CapturedLog redisson = CapturedLog.of("org.redisson"); CapturedLog netty = CapturedLog.of("io.netty");
                LogCapture core = LogCapture.of("io.cachedinference");
                KitContainer c = KitContainer.start(new RedisFixture(redis), Map.of(
                        "cached-inference.redis.timeout", TIMEOUT.toString(),
                        "cached-inference.redis.connect-timeout", TIMEOUT.toString(),
                        "cached-inference.redis.retry-attempts", "0"), ScoringModel.class)) {
            ScoringModel model = c.select(ScoringModel.class);
            for (int k = 0; k < KEYS; k++) {
                model.negate(new float[] {k});
            }
            long errorsBefore = stats(c).errors();
            int runsBefore = model.runs();

            // every thread pauses at the same point while the server is killed, so each later call meets a dead
            // server and each earlier one a live one
            long[] hitsAtKill = new long[1];
            CyclicBarrier kill = new CyclicBarrier(THREADS, () -> {
                hitsAtKill[0] = stats(c).hits();
                redis.kill();
            });
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<?>> threads = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int thread = t;
                    threads.add(pool.submit(() -> {
                        for (int i = 0; i < REQUESTS / THREADS; i++) {
                            if (i == BEFORE_KILL / THREADS) {
                                kill.await(1, TimeUnit.MINUTES);
                            }
                            float input = (thread * 31 + i) % KEYS;
                            calls.time(() -> model.negate(new float[] {input}), -input, i >= BEFORE_KILL / THREADS);
                        }
                        return null;
                    }));
                }
                for (Future<?> f : threads) {
                    f.get(5, TimeUnit.MINUTES);
                }
            } finally {
                pool.shutdownNow();
            }
            errors = stats(c).errors() - errorsBefore;
            hitsDuring = stats(c).hits() - hitsAtKill[0];
            uncached = model.runs() - runsBefore;

            redis.restart();
            long restarted = System.nanoTime();
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> {
                long hits = stats(c).hits();
                model.negate(new float[] {-1});
                model.negate(new float[] {-1});
                return stats(c).hits() > hits;
            });
            resumedAfter = Duration.ofNanos(System.nanoTime() - restarted);
            coreWarnings = core.messages(Level.WARNING);
            redissonWarnings = new ArrayList<>(redisson.messages(Level.WARNING));
            redissonWarnings.addAll(netty.messages(Level.WARNING));
        }

        List<Duration> outage = calls.duringOutage();
        Duration p99 = percentile(outage, 0.99);
        Duration max = percentile(outage, 1.0);
        System.out.printf("[redis] outage: %d requests from %d threads, Redis killed after %d: %d failed, %d answered"
                + " during the outage, %d model runs (uncached), %d cache errors counted, p99 %d ms, max %d ms"
                + " (timeout %d ms); hits again %d ms after the restart%n", calls.count(), THREADS, BEFORE_KILL,
                calls.failed.get(), outage.size(), uncached, errors, p99.toMillis(), max.toMillis(), TIMEOUT.toMillis(),
                resumedAfter.toMillis());
        assertThat(calls.count()).isEqualTo(REQUESTS);
        assertThat(calls.failed.get()).as("requests that threw").isZero();
        assertThat(calls.wrong.get()).as("requests with a wrong answer").isZero();
        assertThat(outage).as("requests during the outage").hasSize(REQUESTS - BEFORE_KILL);
        // served uncached: no hit, every failed lookup counted, and the model ran (once per key and moment: equal
        // misses still coalesce)
        assertThat(hitsDuring).as("hits after the kill").isZero();
        assertThat(errors).isGreaterThanOrEqualTo(outage.size());
        assertThat(uncached).isGreaterThan(outage.size() / 2);
        // a lookup and a store, each given up within the timeout (no retries), plus the scheduling around them
        assertThat(p99).isLessThan(TIMEOUT.multipliedBy(2).plusMillis(150));
        assertThat(max).isLessThan(TIMEOUT.multipliedBy(2).plusMillis(300));
        assertThat(coreWarnings).isNotEmpty().allMatch(w -> w.startsWith("CI-001 Cache "), "fail-open warnings");
        // Redisson's expiry task cannot reach the server either, and says so: kept off the console, and nothing else
        assertThat(redissonWarnings).allMatch(w -> w.startsWith("Unable to evict elements for '")
                || w.toLowerCase(java.util.Locale.ROOT).contains("connect"), "Redisson's notes on the lost server");
    }

    private static CacheStatistics stats(KitContainer c) {
        return c.caches().statistics(NEGATE).orElseThrow();
    }

    private static Duration percentile(List<Duration> sorted, double p) {
        return sorted.get((int) Math.ceil(sorted.size() * p) - 1);
    }

    /** What the callers saw. */
    private static final class Calls {
        final AtomicInteger failed = new AtomicInteger();
        final AtomicInteger wrong = new AtomicInteger();
        private final List<Duration> all = new ArrayList<>();
        private final List<Duration> outage = new ArrayList<>();

        void time(java.util.function.Supplier<float[]> call, float expected, boolean down) {
            long start = System.nanoTime();
            try {
                float[] result = call.get();
                if (result.length != 1 || result[0] != expected) {
                    wrong.incrementAndGet();
                }
            } catch (RuntimeException e) {
                failed.incrementAndGet();
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            synchronized (this) {
                all.add(elapsed);
                if (down) {
                    outage.add(elapsed);
                }
            }
        }

        synchronized int count() {
            return all.size();
        }

        synchronized List<Duration> duringOutage() {
            return outage.stream().sorted().toList();
        }
    }
}
