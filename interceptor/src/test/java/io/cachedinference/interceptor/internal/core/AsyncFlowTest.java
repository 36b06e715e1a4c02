package io.cachedinference.interceptor.internal.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Calls returning a stage: no thread blocks, a lost stage never blocks its key, a late value is not stored. */
final class AsyncFlowTest {

    private final CoreFixture core = new CoreFixture();
    private final FakeCall.Runs runs = new FakeCall.Runs();

    @Test
    void completedValue_isStored_andTheNextCallGetsACompletedCopy() throws Exception {
        CompletableFuture<float[]> model = new CompletableFuture<>();
        CompletionStage<?> first = stage(call(model, 1));

        model.complete(new float[] {-1});
        CompletionStage<?> second = stage(call(new CompletableFuture<>(), 1));

        assertThat((float[]) first.toCompletableFuture().get(10, TimeUnit.SECONDS)).containsExactly(-1);
        assertThat(second.toCompletableFuture().isDone()).isTrue();
        assertThat((float[]) second.toCompletableFuture().get()).containsExactly(-1);
        assertThat(runs.count()).isEqualTo(1);
        assertThat(core.counters.hits()).isEqualTo(1);
    }

    @Test
    void failedStage_isNotStored_reachesTheWaiters_andTheNextCallRunsAgain() throws Exception {
        CompletableFuture<float[]> model = new CompletableFuture<>();
        CompletionStage<?> leader = stage(call(model, 2));
        CompletionStage<?> waiter = stage(call(new CompletableFuture<>(), 2));
        assertThat(waiter.toCompletableFuture().isDone()).as("the waiter is not blocked").isFalse();

        model.completeExceptionally(new IllegalStateException("remote model down"));

        assertThat(causeOf(waiter)).isInstanceOf(IllegalStateException.class).hasMessage("remote model down");
        assertThat(causeOf(leader)).isInstanceOf(IllegalStateException.class);
        assertThat(core.memory.entries()).isEmpty();
        stage(call(CompletableFuture.completedFuture(new float[] {-2}), 2));
        assertThat(runs.count()).isEqualTo(2);
    }

    @Test
    void waiter_getsTheLeadersValue_asItsOwnCopy() throws Exception {
        CompletableFuture<float[]> model = new CompletableFuture<>();
        CompletionStage<?> leader = stage(call(model, 3));
        CompletionStage<?> waiter = stage(call(new CompletableFuture<>(), 3));

        model.complete(new float[] {-3});

        float[] led = (float[]) leader.toCompletableFuture().get(10, TimeUnit.SECONDS);
        float[] waited = (float[]) waiter.toCompletableFuture().get(10, TimeUnit.SECONDS);
        assertThat(waited).containsExactly(-3).isNotSameAs(led);
        assertThat(runs.count()).isEqualTo(1);
        assertThat(core.counters.coalescedWaits()).isEqualTo(1);
    }

    @Test
    void nullStage_isReturned_andFreesTheKey() throws Exception {
        assertThat(core.call(core.async, new FakeCall(runs, args -> null, (Object) new float[] {4}))).isNull();
        stage(call(CompletableFuture.completedFuture(new float[] {-4}), 4));

        assertThat(runs.count()).isEqualTo(2);
    }

    @Test
    void stageThatNeverCompletes_doesNotBlockALaterCall_whoseWaiterRunsTheModelAfterTheLockTimeout() throws Exception {
        CoreFixture impatient = new CoreFixture(Duration.ofMillis(50), Duration.ofSeconds(10));
        FakeCall.Runs lost = new FakeCall.Runs();
        impatient.call(impatient.async, new FakeCall(lost, args -> new CompletableFuture<float[]>(),
                (Object) new float[] {5}));
        FakeCall.Runs later = new FakeCall.Runs();

        CompletionStage<?> answer = (CompletionStage<?>) impatient.call(impatient.async, new FakeCall(later,
                args -> CompletableFuture.completedFuture(new float[] {-5}), (Object) new float[] {5}));

        assertThat((float[]) answer.toCompletableFuture().get(10, TimeUnit.SECONDS)).containsExactly(-5);
        assertThat(later.count()).isEqualTo(1);
        assertThat(impatient.counters.lockTimeouts()).isEqualTo(1);
        assertThat(impatient.memory.entries()).as("a waiter's own run is not stored").isEmpty();
    }

    @Test
    void stagePendingPastTheAsyncTimeout_isAbandoned_theKeyIsFree_itsLateValueIsNotStored_andNothingHoldsIt()
            throws Exception {
        CoreFixture core = new CoreFixture(Duration.ofMillis(20), Duration.ofMillis(100));
        AtomicReference<CompletableFuture<float[]>> lost = new AtomicReference<>(new CompletableFuture<>());
        WeakReference<CompletableFuture<float[]>> weak = new WeakReference<>(lost.get());
        core.call(core.async, new FakeCall(runs, args -> lost.get(), (Object) new float[] {6}));

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> core.counters.abandonedRuns() == 1);
        FakeCall.Runs fresh = new FakeCall.Runs();
        CompletionStage<?> next = (CompletionStage<?>) core.call(core.async, new FakeCall(fresh,
                args -> CompletableFuture.completedFuture(new float[] {-6}), (Object) new float[] {6}));
        assertThat((float[]) next.toCompletableFuture().get(10, TimeUnit.SECONDS)).containsExactly(-6);
        assertThat(fresh.count()).as("the next call led a run of its own").isEqualTo(1);
        assertThat(core.counters.lockTimeouts()).as("it did not wait").isZero();

        core.memory.entries().clear();
        lost.get().complete(new float[] {-600});
        assertThat(core.memory.entries()).as("the abandoned run's late value").isEmpty();
        lost.set(null);
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() -> {
            System.gc();
            return weak.get() == null;
        });
    }

    @Test
    void stageThatCompletesAfterAVersionSwitch_isNotStored() throws Exception {
        CompletableFuture<float[]> model = new CompletableFuture<>();
        CompletionStage<?> spanning = stage(call(model, 7));

        core.registry.switchModelVersion("net", "2");
        model.complete(new float[] {-7});

        assertThat((float[]) spanning.toCompletableFuture().get(10, TimeUnit.SECONDS)).containsExactly(-7);
        assertThat(core.memory.entries()).isEmpty();
        assertThat(core.counters.staleStoresDropped()).isEqualTo(1);
    }

    private FakeCall call(CompletableFuture<float[]> result, float input) {
        return new FakeCall(runs, args -> result, (Object) new float[] {input});
    }

    private CompletionStage<?> stage(FakeCall call) throws Exception {
        return (CompletionStage<?>) core.call(core.async, call);
    }

    private static Throwable causeOf(CompletionStage<?> stage) throws InterruptedException {
        try {
            stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
            throw new AssertionError("the stage completed normally");
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the stage did not complete", e);
        }
    }
}
