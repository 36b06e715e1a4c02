package io.cachedinference.interceptor.internal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A batch call on an in-memory cache, sharing the cache's single flight with single-item calls. */
final class BatchFlowTest {

    private final CoreFixture core = new CoreFixture();
    private final FakeCall.Runs runs = new FakeCall.Runs();
    private final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void missingItems_runTheModelOnce_inOrder_withoutDuplicates_andAnswersMergeInOrder() throws Exception {
        core.call(core.single, new FakeCall(runs, FakeCall::negate, (Object) new float[] {2}));

        List<float[]> answers = batch(runs, items(1, 2, 3, 1));

        assertThat(answers).extracting(a -> a[0]).containsExactly(-1f, -2f, -3f, -1f);
        assertThat(runs.count()).isEqualTo(2);
        @SuppressWarnings("unchecked")
        List<float[]> ran = (List<float[]>) runs.arguments.get(1)[0];
        assertThat(ran).extracting(a -> a[0]).containsExactly(1f, 3f);
        assertThat(core.memory.entries()).hasSize(3);
        assertThat(core.counters.hits()).isEqualTo(1);
        assertThat(core.counters.misses()).isEqualTo(3);
    }

    @Test
    void everyItemCached_runsNoModel() throws Exception {
        batch(runs, items(4, 5));

        List<float[]> again = batch(runs, items(5, 4));

        assertThat(again).extracting(a -> a[0]).containsExactly(-5f, -4f);
        assertThat(runs.count()).isEqualTo(1);
    }

    @Test
    void resultOfTheWrongLength_failsTheCall_andCachesNothing() {
        FakeCall shortAnswer = new FakeCall(runs, args -> List.of(new float[] {0}), (Object) items(6, 7));

        assertThatThrownBy(() -> core.call(core.batch, shortAnswer)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("returned 1 results for 2 items").hasMessageContaining("inferAll");
        assertThat(core.memory.entries()).isEmpty();
    }

    @Test
    void itemASingleCallIsComputing_isAwaited_soEachItemRunsOnce() throws Exception {
        FakeCall.Runs single = new FakeCall.Runs().closed();
        Future<Object> one = pool.submit(() -> core.call(core.single, new FakeCall(single, FakeCall::negate,
                (Object) new float[] {8})));
        single.awaitEntered();

        Future<List<float[]>> many = pool.submit(() -> batch(runs, items(8, 9)));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> core.counters.waitingCalls() == 1);
        single.open();

        assertThat(many.get(10, TimeUnit.SECONDS)).extracting(a -> a[0]).containsExactly(-8f, -9f);
        assertThat((float[]) one.get(10, TimeUnit.SECONDS)).containsExactly(-8);
        assertThat(single.count()).isEqualTo(1);
        assertThat(runs.count()).isEqualTo(1);
        @SuppressWarnings("unchecked")
        List<float[]> ran = (List<float[]>) runs.arguments.get(0)[0];
        assertThat(ran).as("the batch ran only the item nobody computed").extracting(a -> a[0]).containsExactly(9f);
        assertThat(core.counters.coalescedWaits()).isEqualTo(1);
    }

    @Test
    void batchWaitingOnARunThatFailsWithAnError_getsThatError_asASingleCallWould() throws Exception {
        FakeCall.Runs single = new FakeCall.Runs().closed();
        OutOfMemoryError failure = new OutOfMemoryError("tensor too large");
        Future<Object> one = pool.submit(() -> core.call(core.single, new FakeCall(single, args -> {
            throw failure;
        }, (Object) new float[] {10})));
        single.awaitEntered();
        Future<Throwable> many = pool.submit(() -> catchThrowable(() -> batch(runs, items(10, 11))));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> core.counters.waitingCalls() == 1);

        single.open();

        assertThat(many.get(10, TimeUnit.SECONDS)).isSameAs(failure);
        assertThat(catchThrowable(() -> one.get(10, TimeUnit.SECONDS))).hasCause(failure);
    }

    @Test
    void itemAwaitedPastTheLockTimeout_isComputedByTheBatchItself_uncached() throws Exception {
        CoreFixture impatient = new CoreFixture(Duration.ofMillis(50), Duration.ofSeconds(10));
        FakeCall.Runs single = new FakeCall.Runs().closed();
        Future<Object> one = pool.submit(() -> impatient.call(impatient.single, new FakeCall(single, FakeCall::negate,
                (Object) new float[] {12})));
        single.awaitEntered();

        @SuppressWarnings("unchecked")
        List<float[]> answers = (List<float[]>) impatient.call(impatient.batch, new FakeCall(runs, BatchFlowTest::negateAll,
                (Object) items(12, 13)));

        assertThat(answers).extracting(a -> a[0]).containsExactly(-12f, -13f);
        assertThat(runs.count()).as("its own items, then the late one").isEqualTo(2);
        assertThat(impatient.counters.lockTimeouts()).isEqualTo(1);
        assertThat(impatient.memory.entries()).as("only the batch's own item is stored").hasSize(1);
        single.open();
        one.get(10, TimeUnit.SECONDS);
    }

    @Test
    void batchThatSpansAVersionSwitch_storesNoItem() throws Exception {
        runs.closed();
        Future<List<float[]>> spanning = pool.submit(() -> batch(runs, items(14, 15)));
        runs.awaitEntered();

        core.registry.switchModelVersion("net", "2");
        runs.open();

        assertThat(spanning.get(10, TimeUnit.SECONDS)).hasSize(2);
        assertThat(core.memory.entries()).isEmpty();
        assertThat(core.counters.staleStoresDropped()).isEqualTo(2);
    }

    @SuppressWarnings("unchecked")
    private List<float[]> batch(FakeCall.Runs runs, List<float[]> items) throws Exception {
        return (List<float[]>) core.call(core.batch, new FakeCall(runs, BatchFlowTest::negateAll, (Object) items));
    }

    private static Object negateAll(Object[] args) {
        List<float[]> out = new ArrayList<>();
        for (Object item : (List<?>) args[0]) {
            out.add((float[]) FakeCall.negate(new Object[] {item}));
        }
        return out;
    }

    private static List<float[]> items(float... values) {
        List<float[]> items = new ArrayList<>();
        for (float v : values) {
            items.add(new float[] {v});
        }
        return items;
    }
}
