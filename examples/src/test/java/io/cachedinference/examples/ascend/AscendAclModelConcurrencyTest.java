package io.cachedinference.examples.ascend;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The double enforces ACL's thread rules: a thread with no current context gets 107002, a model
 * executed in another model's context gets 107004, and overlapping executions of one model id
 * get 507011. None of the worker threads here ever calls aclrtSetDevice.
 */
@ExtendWith(AclStubExtension.class)
final class AscendAclModelConcurrencyTest {

    private static final int THREADS = 4;
    private static final int CALLS_PER_THREAD = 200;
    private static final float[][] OTHER_W = {{2, 0, 0, 0}, {0, 0, 0, 3}};

    @TempDir
    Path dir;

    private final AclStubControl stub = AclStub.control();

    private AscendAclModel open(String file, float[][] w) {
        return AscendAclModel.open(AscendModelConfig.of(OmFiles.write(dir.resolve(file), w))
                .withLibrary(AclStub.library()));
    }

    @Test
    void infer_fromFourThreads_setsTheContextOnEachThread_andGivesEveryCallItsOwnResult() throws Exception {
        try (AscendAclModel model = open("linear.om", AscendAclModelTest.W)) {
            Set<String> threads = runOnFourThreads(worker -> {
                for (int call = 0; call < CALLS_PER_THREAD; call++) {
                    float[] x = {worker, call, 1, -worker};
                    assertThat(model.infer(x)).containsExactly(OmFiles.multiply(AscendAclModelTest.W, x));
                }
            });

            assertThat(threads).hasSize(THREADS);
            assertThat(stub.stub_execute_count()).isEqualTo(THREADS * CALLS_PER_THREAD);
            assertThat(stub.stub_max_inflight_executes()).isEqualTo(1);
        }
    }

    @Test
    void infer_alternatingTwoModelsOnTheSameThreads_runsEachInItsOwnContext() throws Exception {
        try (AscendAclModel first = open("first.om", AscendAclModelTest.W);
                AscendAclModel second = open("second.om", OTHER_W)) {
            runOnFourThreads(worker -> {
                for (int call = 0; call < CALLS_PER_THREAD; call++) {
                    float[] x = {call, worker, -1, 2};
                    assertThat(first.infer(x)).containsExactly(OmFiles.multiply(AscendAclModelTest.W, x));
                    assertThat(second.infer(x)).containsExactly(OmFiles.multiply(OTHER_W, x));
                }
            });

            assertThat(stub.stub_execute_count()).isEqualTo(2L * THREADS * CALLS_PER_THREAD);
        }
    }

    @Test
    void infer_onOneModel_neverOverlapsTwoExecutions() throws Exception {
        try (AscendAclModel model = open("linear.om", AscendAclModelTest.W)) {
            stub.stub_set_execute_gate(1);
            FutureTask<float[]> firstCall = new FutureTask<>(() -> model.infer(new float[] {1, 0, 0, 0}));
            FutureTask<float[]> secondCall = new FutureTask<>(() -> model.infer(new float[] {0, 0, 0, 1}));
            Thread first = new Thread(firstCall, "first-caller");
            Thread second = new Thread(secondCall, "second-caller");
            try {
                first.start();
                awaitUntil(() -> stub.stub_inflight_executes() == 1 || first.getState() == Thread.State.TERMINATED,
                        "the first call to enter aclmdlExecute");
                assertThat(stub.stub_inflight_executes()).as("first call inside aclmdlExecute").isOne();
                second.start();
                // The second call parks on the model's lock; unserialized, it would reach the double instead
                // (counted there as a second execution, or refused with 507011 so the thread ends).
                awaitUntil(() -> second.getState() == Thread.State.WAITING
                        || second.getState() == Thread.State.TERMINATED
                        || stub.stub_inflight_executes() > 1, "the second call to block or to reach aclmdlExecute");

                assertThat(stub.stub_inflight_executes()).isEqualTo(1);
                assertThat(second.getState()).isEqualTo(Thread.State.WAITING);
            } finally {
                stub.stub_set_execute_gate(0);
            }
            assertThat(firstCall.get()).containsExactly(1f, 0f, 0.5f);
            assertThat(secondCall.get()).containsExactly(4f, 1f, 0.5f);
            assertThat(stub.stub_max_inflight_executes()).isEqualTo(1);
        }
    }

    @Test
    void infer_fromVirtualThreads_runsTheAclCallsOnAPlatformThread() throws Exception {
        Method ofVirtual = virtualThreadFactory();
        try (AscendAclModel model = open("linear.om", AscendAclModelTest.W)) {
            List<FutureTask<float[]>> calls = new ArrayList<>();
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                float[] x = {i, 1, 2, 3};
                FutureTask<float[]> call = new FutureTask<>(() -> model.infer(x));
                calls.add(call);
                threads.add(startVirtual(ofVirtual, call));
            }
            for (int i = 0; i < THREADS; i++) {
                threads.get(i).join();
                assertThat(calls.get(i).get())
                        .containsExactly(OmFiles.multiply(AscendAclModelTest.W, new float[] {i, 1, 2, 3}));
            }
        }
    }

    /** Runs {@code work} on four platform threads that start together; returns their names. */
    private static Set<String> runOnFourThreads(Worker work) throws Exception {
        CyclicBarrier start = new CyclicBarrier(THREADS);
        Set<String> names = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                int worker = i;
                done.add(pool.submit(() -> {
                    start.await();
                    names.add(Thread.currentThread().getName());
                    work.run(worker);
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        return names;
    }

    @FunctionalInterface
    private interface Worker {
        void run(int worker);
    }

    /** Spins (no sleeping) until the condition holds; fails after 10 s. */
    static void awaitUntil(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            Thread.onSpinWait();
        }
    }

    /** {@code Thread.ofVirtual()} on Java 21+; skips the test on older runtimes. */
    static Method virtualThreadFactory() {
        try {
            return Thread.class.getMethod("ofVirtual");
        } catch (NoSuchMethodException e) {
            Assumptions.abort("Virtual threads need Java 21+; this JVM is " + Runtime.version());
            throw new AssertionError(e);
        }
    }

    static Thread startVirtual(Method ofVirtual, Runnable task) throws ReflectiveOperationException {
        Object builder = ofVirtual.invoke(null);
        Method start = Class.forName("java.lang.Thread$Builder").getMethod("start", Runnable.class);
        return (Thread) start.invoke(builder, task);
    }
}
