package io.cachedinference.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.cachedinference.api.CacheStatistics;
import io.cachedinference.api.WaitInterruptedException;
import io.cachedinference.tck.beans.AsyncModel;
import io.cachedinference.tck.beans.SharedFlightModel;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Races a demanding user meets: a batch and a single-item method on one cache, interrupted waiters,
 * waiters on a failing run, and asynchronous runs whose stage never completes.
 */
public abstract class RaceSuite {

    private final ExecutorService pool = Executors.newCachedThreadPool();

    /** The provider under test. */
    protected abstract ProviderFixture fixture();

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void batchAndSingleCallsOnEqualItems_runTheModelOncePerItem() throws Exception {
        try (KitContainer c = KitContainer.start(fixture(), SharedFlightModel.class)) {
            SharedFlightModel model = c.select(SharedFlightModel.class);
            model.close(null);
            Future<String> single = pool.submit(() -> model.score("a"));
            model.awaitEntered();

            Future<List<String>> batch = pool.submit(() -> model.scoreAll(List.of("a", "b")));
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> stats(c).waitingCalls() == 1);
            model.open();

            assertThat(batch.get(10, TimeUnit.SECONDS)).containsExactly("score-a", "score-b");
            assertThat(single.get(10, TimeUnit.SECONDS)).isEqualTo("score-a");
            assertThat(model.singleRuns()).isEqualTo(1);
            assertThat(model.batches()).as("the batch ran only the item nobody was computing")
                    .containsExactly(List.of("b"));
        }
    }

    @Test
    void batchWaitingOnARunThatFailsWithAnError_getsThatError_asASingleCallWould() throws Exception {
        try (KitContainer c = KitContainer.start(fixture(), SharedFlightModel.class)) {
            SharedFlightModel model = c.select(SharedFlightModel.class);
            StackOverflowError failure = new StackOverflowError("model recursed");
            model.close(failure);
            Future<Throwable> single = pool.submit(() -> catchThrowable(() -> model.score("x")));
            model.awaitEntered();
            Future<Throwable> batch = pool.submit(() -> catchThrowable(() -> model.scoreAll(List.of("x", "y"))));
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> stats(c).waitingCalls() == 1);

            model.open();

            assertThat(batch.get(10, TimeUnit.SECONDS)).isSameAs(failure);
            assertThat(single.get(10, TimeUnit.SECONDS)).isSameAs(failure);
        }
    }

    @Test
    void interruptedWaiter_failsWithWaitInterruptedException_andKeepsItsInterruptFlag() throws Exception {
        try (KitContainer c = KitContainer.start(fixture(), SharedFlightModel.class)) {
            SharedFlightModel model = c.select(SharedFlightModel.class);
            model.close(null);
            Future<String> leader = pool.submit(() -> model.score("i"));
            model.awaitEntered();
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            AtomicBoolean flag = new AtomicBoolean();
            Thread waiter = new Thread(() -> {
                thrown.set(catchThrowable(() -> model.score("i")));
                flag.set(Thread.currentThread().isInterrupted());
            });
            waiter.start();
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> stats(c).waitingCalls() == 1);

            waiter.interrupt();
            waiter.join(10_000);

            assertThat(thrown.get()).isInstanceOf(WaitInterruptedException.class)
                    .hasCauseInstanceOf(InterruptedException.class).hasMessageContaining("tck-shared-flight");
            assertThat(flag).as("the interrupt flag is set again").isTrue();
            model.open();
            assertThat(leader.get(10, TimeUnit.SECONDS)).isEqualTo("score-i");
        }
    }

    @Test
    void stageThatNeverCompletes_doesNotBlockItsKey_aLaterCallIsAnsweredAfterTheLockTimeout() throws Exception {
        try (KitContainer c = KitContainer.start(fixture(), AsyncModel.class)) {
            AsyncModel model = c.select(AsyncModel.class);
            CompletionStage<String> lost = model.remote("frame");

            CompletionStage<String> later = model.remote("frame");

            assertThat(later.toCompletableFuture().get(5, TimeUnit.SECONDS)).isEqualTo("remote-frame");
            assertThat(lost.toCompletableFuture().isDone()).isFalse();
            assertThat(model.lostRuns()).isEqualTo(2);
            assertThat(c.caches().statistics("tck-lost").orElseThrow().lockTimeouts()).isEqualTo(1);
        }
    }

    @Test
    void stagePendingPastTheAsyncTimeout_isAbandoned_soTheNextCallRunsTheModelAtOnce() throws Exception {
        try (KitContainer c = KitContainer.start(fixture(), Map.of("cached-inference.cache.tck-lost.async-timeout",
                "PT0.5S"), AsyncModel.class)) {
            AsyncModel model = c.select(AsyncModel.class);
            model.remote("frame");
            CacheStatistics stats = c.caches().statistics("tck-lost").orElseThrow();

            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> stats.abandonedRuns() == 1);
            String answer = model.remote("frame").toCompletableFuture().get(5, TimeUnit.SECONDS);

            assertThat(answer).isEqualTo("remote-frame");
            assertThat(stats.lockTimeouts()).as("it led a run of its own, without waiting").isZero();
            assertThat(model.remote("frame").toCompletableFuture().get(5, TimeUnit.SECONDS)).isEqualTo("remote-frame");
            assertThat(model.lostRuns()).as("and its value was cached").isEqualTo(2);
        }
    }

    private static CacheStatistics stats(KitContainer c) {
        return c.caches().statistics("tck-shared-flight").orElseThrow();
    }
}
