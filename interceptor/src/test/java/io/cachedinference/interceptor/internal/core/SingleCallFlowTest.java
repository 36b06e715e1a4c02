package io.cachedinference.interceptor.internal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.cachedinference.api.WaitInterruptedException;
import io.cachedinference.interceptor.internal.fakes.LogCapture;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import javax.cache.CacheException;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A single-result call, branch by branch of the contract, on an in-memory cache and latches. */
final class SingleCallFlowTest {

    private final CoreFixture core = new CoreFixture();
    private final FakeCall.Runs runs = new FakeCall.Runs();
    private final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void miss_runsTheModel_returnsItsResult_andStoresACopy() throws Exception {
        float[] result = (float[]) core.call(core.single, negate(1, 2));

        assertThat(result).containsExactly(-1, -2);
        assertThat(runs.count()).isEqualTo(1);
        assertThat(core.memory.entries().values()).singleElement().satisfies(v -> assertThat((float[]) v)
                .containsExactly(-1, -2).isNotSameAs(result));
        assertThat(core.counters.misses()).isEqualTo(1);
    }

    @Test
    void hit_returnsACopyOfTheStoredValue_withoutRunningTheModel() throws Exception {
        float[] first = (float[]) core.call(core.single, negate(3));
        first[0] = 99;

        float[] second = (float[]) core.call(core.single, negate(3));

        assertThat(second).containsExactly(-3);
        assertThat(runs.count()).isEqualTo(1);
        assertThat(core.counters.hits()).isEqualTo(1);
        assertThat(core.counters.hitLatencies().count()).isEqualTo(1);
    }

    @Test
    void keyThatCannotBeDerived_servesTheCallUncached_andCountsAnError() throws Exception {
        MethodPlan plan = MethodPlan.of(core.single.method(), core.single.settings(), core.access,
                new KeyRecipe(CoreFixture.CACHE, "", "", (ns, args) -> {
                    throw new IllegalArgumentException("unkeyable");
                }), Duration.ofSeconds(1), Duration.ofSeconds(10), null);

        try (LogCapture log = LogCapture.of("io.cachedinference")) {
            assertThat((float[]) core.call(plan, negate(1))).containsExactly(-1);
            assertThat((float[]) core.call(plan, negate(1))).containsExactly(-1);

            assertThat(log.messages(Level.WARNING)).singleElement().asString().startsWith("CI-001 Cache key derivation")
                    .contains("unkeyable");
        }
        assertThat(runs.count()).isEqualTo(2);
        assertThat(core.counters.errors()).isEqualTo(2);
        assertThat(core.memory.entries()).isEmpty();
    }

    @Test
    void failingLookupsAndStores_areCountedCacheErrors_andTheModelsResultIsServed() throws Exception {
        core.memory.failGets(new CacheException("down"));
        core.memory.failPuts(new CacheException("down"));

        try (LogCapture log = LogCapture.of("io.cachedinference")) {
            assertThat((float[]) core.call(core.single, negate(4))).containsExactly(-4);

            assertThat(log.messages(Level.WARNING)).hasSize(1);
        }
        // lookup, the leader's second lookup, and the store
        assertThat(core.counters.errors()).isEqualTo(3);
        assertThat(runs.count()).isEqualTo(1);
    }

    @Test
    void nullResult_isReturned_andNeverStored() throws Exception {
        FakeCall nothing = new FakeCall(runs, args -> null, (Object) new float[] {5});

        assertThat(core.call(core.single, nothing)).isNull();
        assertThat(core.call(core.single, nothing)).isNull();

        assertThat(runs.count()).isEqualTo(2);
        assertThat(core.memory.entries()).isEmpty();
    }

    @Test
    void exception_propagatesUnchanged_isNotStored_andTheNextCallRunsAgain() {
        IllegalStateException failure = new IllegalStateException("model failed");
        FakeCall failing = new FakeCall(runs, args -> {
            throw failure;
        }, (Object) new float[] {6});

        assertThat(catchThrowable(() -> core.call(core.single, failing))).isSameAs(failure);
        assertThat(catchThrowable(() -> core.call(core.single, failing))).isSameAs(failure);

        assertThat(runs.count()).isEqualTo(2);
        assertThat(core.memory.entries()).isEmpty();
    }

    @Test
    void equalConcurrentMisses_runTheModelOnce_andEveryCallerGetsItsOwnCopy() throws Exception {
        runs.closed();
        Future<Object> leader = pool.submit(() -> core.call(core.single, negate(7)));
        runs.awaitEntered();
        Future<Object> follower = pool.submit(() -> core.call(core.single, negate(7)));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> core.counters.waitingCalls() == 1);

        runs.open();

        float[] led = (float[]) leader.get(10, TimeUnit.SECONDS);
        float[] followed = (float[]) follower.get(10, TimeUnit.SECONDS);
        assertThat(led).containsExactly(-7);
        assertThat(followed).containsExactly(-7).isNotSameAs(led);
        assertThat(runs.count()).isEqualTo(1);
        assertThat(core.counters.coalescedWaits()).isEqualTo(1);
        assertThat(core.counters.waitingCalls()).isZero();
    }

    @Test
    void followerOfARunThatFails_getsTheLeadersThrowable_anErrorToo() throws Exception {
        runs.closed();
        AssertionError failure = new AssertionError("model crashed");
        FakeCall crashing = new FakeCall(runs, args -> {
            throw failure;
        }, (Object) new float[] {8});
        Future<Object> leader = pool.submit(() -> core.call(core.single, crashing));
        runs.awaitEntered();
        Future<Throwable> follower = pool.submit(() -> catchThrowable(() -> core.call(core.single, crashing)));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> core.counters.waitingCalls() == 1);

        runs.open();

        assertThat(follower.get(10, TimeUnit.SECONDS)).isSameAs(failure);
        assertThat(catchThrowable(() -> leader.get(10, TimeUnit.SECONDS))).hasCause(failure);
        assertThat(runs.count()).isEqualTo(1);
    }

    @Test
    void followerPastTheLockTimeout_runsTheModelItself_andDoesNotStoreItsResult() throws Exception {
        CoreFixture impatient = new CoreFixture(Duration.ofMillis(50), Duration.ofSeconds(10));
        FakeCall.Runs held = new FakeCall.Runs().closed();
        Future<Object> leader = pool.submit(() -> impatient.call(impatient.single, new FakeCall(held, FakeCall::negate,
                (Object) new float[] {9})));
        held.awaitEntered();
        FakeCall.Runs own = new FakeCall.Runs();

        float[] result = (float[]) impatient.call(impatient.single, new FakeCall(own, FakeCall::negate,
                (Object) new float[] {9}));

        assertThat(result).containsExactly(-9);
        assertThat(own.count()).isEqualTo(1);
        assertThat(impatient.counters.lockTimeouts()).isEqualTo(1);
        assertThat(impatient.memory.entries()).as("the impatient result is not stored").isEmpty();
        held.open();
        leader.get(10, TimeUnit.SECONDS);
        assertThat(impatient.memory.entries()).as("the leader's is").hasSize(1);
    }

    @Test
    void interruptedFollower_failsWithAnUncheckedException_andKeepsItsInterruptFlag() throws Exception {
        runs.closed();
        Future<Object> leader = pool.submit(() -> core.call(core.single, negate(10)));
        runs.awaitEntered();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<Boolean> flag = new AtomicReference<>();
        Thread follower = new Thread(() -> {
            thrown.set(catchThrowable(() -> core.call(core.single, negate(10))));
            flag.set(Thread.currentThread().isInterrupted());
        });
        follower.start();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> core.counters.waitingCalls() == 1);

        follower.interrupt();
        follower.join(10_000);

        assertThat(thrown.get()).isInstanceOf(WaitInterruptedException.class)
                .hasCauseInstanceOf(InterruptedException.class)
                .hasMessageContaining("infer(float[])").hasMessageContaining("cache=core");
        assertThat(flag.get()).as("interrupt flag restored").isTrue();
        assertThat(core.counters.waitingCalls()).isZero();
        runs.open();
        leader.get(10, TimeUnit.SECONDS);
        assertThat(runs.count()).isEqualTo(1);
    }

    @Test
    void leaderThatFinishedBetweenOurLookupAndOurJoin_isReadFromTheCache_notRunAgain() throws Exception {
        core.call(core.single, negate(11));
        Object stored = core.memory.entries().values().iterator().next();
        core.memory.entries().clear();
        // the first lookup misses; the entry appears before the second, as if another call had just stored it
        int before = core.memory.gets();
        core.memory.afterGet(() -> {
            if (core.memory.gets() == before + 1) {
                core.memory.entries().put(keyOf(11), stored);
            }
        });

        assertThat((float[]) core.call(core.single, negate(11))).containsExactly(-11);

        assertThat(runs.count()).as("only the first call ran the model").isEqualTo(1);
        assertThat(core.counters.hits()).isEqualTo(1);
    }

    @Test
    void runThatSpansAVersionSwitch_isReturned_butNotStored_soARollbackNeverServesIt() throws Exception {
        runs.closed();
        // under version 1 the call starts; the model already reads version 2's weights when it runs
        Future<Object> spanning = pool.submit(() -> core.call(core.single, new FakeCall(runs, args -> "v2 answer",
                (Object) new float[] {12})));
        runs.awaitEntered();

        core.registry.switchModelVersion("net", "2");
        runs.open();

        assertThat(spanning.get(10, TimeUnit.SECONDS)).as("its caller gets what the model computed").isEqualTo("v2 answer");
        assertThat(core.memory.entries()).isEmpty();
        assertThat(core.counters.staleStoresDropped()).isEqualTo(1);
        core.registry.switchModelVersion("net", "1");
        FakeCall.Runs after = new FakeCall.Runs();
        assertThat(core.call(core.single, new FakeCall(after, args -> "v1 answer", (Object) new float[] {12})))
                .as("after the rollback, version 1 runs again").isEqualTo("v1 answer");
        assertThat(after.count()).isEqualTo(1);
    }

    @Test
    void runThatSpansAnInvalidation_isNotStored() throws Exception {
        runs.closed();
        Future<Object> spanning = pool.submit(() -> core.call(core.single, negate(13)));
        runs.awaitEntered();

        core.registry.invalidateModel("net");
        runs.open();

        assertThat((float[]) spanning.get(10, TimeUnit.SECONDS)).containsExactly(-13);
        assertThat(core.memory.entries()).isEmpty();
        assertThat(core.counters.staleStoresDropped()).isEqualTo(1);
        core.call(core.single, negate(13));
        assertThat(core.memory.entries()).as("a run that starts afterwards is stored").hasSize(1);
    }

    @Test
    void eachPlan_followsTheFlowItsMethodsShapeCallsFor() {
        assertThat(core.single.flow()).isSameAs(SingleCallFlow.INSTANCE);
        assertThat(core.batch.flow()).isSameAs(BatchFlow.INSTANCE);
        assertThat(core.async.flow()).isSameAs(AsyncFlow.INSTANCE);
    }

    private FakeCall negate(float... input) {
        return new FakeCall(runs, FakeCall::negate, (Object) input);
    }

    private io.cachedinference.api.InferenceKey keyOf(float... input) {
        return core.recipe.keyFor(new Object[] {input});
    }
}
