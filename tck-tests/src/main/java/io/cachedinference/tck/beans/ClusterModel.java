package io.cachedinference.tck.beans;

import io.cachedinference.api.CachedInference;
import io.cachedinference.api.SingleFlightScope;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A model whose misses coalesce across the cluster, costing 50 ms a run (as a remote accelerator would);
 * one member's runs can be held at a gate, to stand for a leader that hangs or dies mid-run.
 */
@ApplicationScoped
public class ClusterModel {

    /** The cache's name. */
    public static final String CACHE = "tck-cluster";

    private final AtomicInteger runs = new AtomicInteger();
    private volatile CountDownLatch gate = new CountDownLatch(0);
    private volatile CountDownLatch entered = new CountDownLatch(1);
    private volatile long costMillis = 50;

    public int runs() {
        return runs.get();
    }

    /** Each run then costs this many milliseconds. */
    public void cost(long millis) {
        this.costMillis = millis;
    }

    /** Holds this member's next runs until {@link #open()}. */
    public void close() {
        gate = new CountDownLatch(1);
        entered = new CountDownLatch(1);
    }

    public void open() {
        gate.countDown();
    }

    /** Waits until a held run has started. */
    public void awaitEntered() throws InterruptedException {
        if (!entered.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no run started within 10 s");
        }
    }

    @CachedInference(cacheName = CACHE, singleFlight = SingleFlightScope.CLUSTER, maxEntries = 10_000)
    public String infer(String input) throws InterruptedException {
        runs.incrementAndGet();
        entered.countDown();
        if (!gate.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the test never opened the gate");
        }
        // the model's own cost, not a wait for anything the test controls
        TimeUnit.MILLISECONDS.sleep(costMillis);
        return "answer-" + input;
    }
}
