package io.cachedinference.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.api.CacheStatistics;
import io.cachedinference.tck.beans.ConcurrentModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Concurrent calls with equal keys run the model once, on every provider. */
public abstract class SingleFlightSuite {

    private static final int THREADS = 64;

    private KitContainer container;
    private ConcurrentModel model;
    private ExecutorService pool;

    /** The provider under test. */
    protected abstract ProviderFixture fixture();

    @BeforeEach
    void start() {
        container = KitContainer.start(fixture(), ConcurrentModel.class);
        model = container.select(ConcurrentModel.class);
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterEach
    void stop() throws InterruptedException {
        model.open();
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        container.close();
    }

    @Test
    void sixtyFourConcurrentEqualMisses_runTheModelOnce() throws Exception {
        List<Future<String>> results = all(() -> model.classify("frame-17"));

        for (Future<String> r : results) {
            assertThat(r.get()).isEqualTo("class-of-frame-17");
        }
        CacheStatistics stats = container.caches().statistics("tck-slow").orElseThrow();
        System.out.printf("[%s] single flight: %d callers, %d model run(s), %d coalesced, %d hits%n", fixture().alias(),
                THREADS, model.runs(), stats.coalescedWaits(), stats.hits());
        assertThat(model.runs()).isEqualTo(1);
        assertThat(stats.misses()).isEqualTo(1);
        assertThat(stats.coalescedWaits() + stats.hits()).isEqualTo(THREADS - 1);
    }

    @Test
    void aFailingRun_givesEveryWaiterTheSameException_andTheNextCallRetries() throws Exception {
        model.close(true);
        List<Future<String>> results = all(() -> model.gated("frame-3"));
        CacheStatistics gated = container.caches().statistics("tck-gated").orElseThrow();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> gated.waitingCalls() == THREADS - 1);

        model.open();

        List<Throwable> failures = new ArrayList<>();
        for (Future<String> r : results) {
            try {
                r.get();
            } catch (ExecutionException e) {
                failures.add(e.getCause());
            }
        }
        assertThat(failures).hasSize(THREADS).allSatisfy(t -> assertThat(t)
                .isInstanceOf(IllegalStateException.class).hasMessage("model failed on frame-3"));
        assertThat(model.runs()).isEqualTo(1);

        model.close(false);
        model.open();
        assertThat(model.gated("frame-3")).isEqualTo("answer-frame-3");
        assertThat(model.runs()).isEqualTo(2);
    }

    @Test
    void aWaiterPastTheLockTimeout_runsTheModelItself_uncached() throws Exception {
        model.close(false);
        Future<String> leader = pool.submit(() -> model.impatient("frame-9"));
        CacheStatistics impatient = container.caches().statistics("tck-impatient").orElseThrow();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> model.runs() == 1);

        String own = model.impatient("frame-9");

        assertThat(own).isEqualTo("answer-frame-9");
        assertThat(impatient.lockTimeouts()).isEqualTo(1);
        assertThat(leader.isDone()).as("the leader is still held at the gate").isFalse();
        model.open();
        assertThat(leader.get(10, TimeUnit.SECONDS)).isEqualTo("answer-frame-9");
        assertThat(model.impatient("frame-9")).isEqualTo("answer-frame-9");
        assertThat(model.runs()).as("the leader's result was cached, the impatient one's was not").isEqualTo(2);
    }

    private List<Future<String>> all(Callable<String> call) {
        CountDownLatch startTogether = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            results.add(pool.submit(() -> {
                startTogether.await();
                return call.call();
            }));
        }
        startTogether.countDown();
        return results;
    }
}
