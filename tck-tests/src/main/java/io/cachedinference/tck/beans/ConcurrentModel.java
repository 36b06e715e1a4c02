package io.cachedinference.tck.beans;

import io.cachedinference.api.CachedInference;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A model for concurrency tests: a slow method, and methods that hold their first run at a gate. */
@ApplicationScoped
public class ConcurrentModel {

    private final AtomicInteger runs = new AtomicInteger();
    private volatile CountDownLatch gate = new CountDownLatch(0);
    private volatile boolean fail;

    /** The number of model runs. */
    public int runs() {
        return runs.get();
    }

    /** Holds every gated run until {@link #open()}; gated runs then fail when {@code fail} is set. */
    public void close(boolean fail) {
        this.gate = new CountDownLatch(1);
        this.fail = fail;
    }

    /** Lets held runs finish. */
    public void open() {
        gate.countDown();
    }

    /** A 10 ms model. */
    @CachedInference(cacheName = "tck-slow")
    public String classify(String input) throws InterruptedException {
        runs.incrementAndGet();
        TimeUnit.MILLISECONDS.sleep(10);
        return "class-of-" + input;
    }

    /** A model that waits at the gate, then fails or answers. */
    @CachedInference(cacheName = "tck-gated")
    public String gated(String input) throws InterruptedException {
        runs.incrementAndGet();
        if (!gate.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the test never opened the gate");
        }
        if (fail) {
            throw new IllegalStateException("model failed on " + input);
        }
        return "answer-" + input;
    }

    /** Like {@link #gated}, with a 50 ms lock timeout; only the first run waits at the gate. */
    @CachedInference(cacheName = "tck-impatient", lockTimeout = "PT0.05S")
    public String impatient(String input) throws InterruptedException {
        if (runs.incrementAndGet() == 1 && !gate.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the test never opened the gate");
        }
        return "answer-" + input;
    }
}
