package io.cachedinference.interceptor.internal.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * An intercepted call whose method body is a function of its arguments; counts the runs of the body, and
 * can hold every run at a gate until the test opens it, signalling when a run has entered.
 */
final class FakeCall implements CachingInvoker.Invocation {

    /** Runs of any call's body, shared by the calls of one test. */
    static final class Runs {
        final AtomicInteger count = new AtomicInteger();
        final List<Object[]> arguments = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch entered = new CountDownLatch(1);
        volatile CountDownLatch gate;

        /** Holds every run until {@link #open()}. */
        Runs closed() {
            gate = new CountDownLatch(1);
            return this;
        }

        void open() {
            gate.countDown();
        }

        void awaitEntered() throws InterruptedException {
            if (!entered.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("no run entered the model within 10 s");
            }
        }

        int count() {
            return count.get();
        }
    }

    private final Object[] arguments;
    private final Runs runs;
    private final Function<Object[], Object> body;

    FakeCall(Runs runs, Function<Object[], Object> body, Object... arguments) {
        this.arguments = arguments;
        this.runs = runs;
        this.body = body;
    }

    @Override
    public Object[] arguments() {
        return arguments;
    }

    @Override
    public Object proceed() throws Exception {
        return proceedWith(arguments);
    }

    @Override
    public Object proceedWith(Object[] replaced) throws Exception {
        runs.count.incrementAndGet();
        runs.arguments.add(replaced.clone());
        runs.entered.countDown();
        CountDownLatch gate = runs.gate;
        if (gate != null && !gate.await(10, TimeUnit.SECONDS)) {
            throw new AssertionError("the gate was never opened");
        }
        return body.apply(replaced);
    }

    /** A body that negates a float array. */
    static Object negate(Object[] args) {
        float[] in = (float[]) args[0];
        float[] out = new float[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = -in[i];
        }
        return out;
    }
}
