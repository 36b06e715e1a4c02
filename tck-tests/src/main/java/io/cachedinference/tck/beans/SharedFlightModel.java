package io.cachedinference.tck.beans;

import io.cachedinference.api.CachedInference;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A single-item method and a batch method naming one cache, so they share its entries and its single
 * flight; the single-item method can be held at a gate and made to fail with an {@code Error}.
 */
@ApplicationScoped
public class SharedFlightModel {

    private final AtomicInteger singleRuns = new AtomicInteger();
    private final List<List<String>> batches = Collections.synchronizedList(new ArrayList<>());
    private volatile CountDownLatch gate = new CountDownLatch(0);
    private volatile CountDownLatch entered = new CountDownLatch(1);
    private volatile Error failure;

    /** Holds the next single-item runs until {@link #open()}; they then throw the error, if one is given. */
    public void close(Error failure) {
        this.gate = new CountDownLatch(1);
        this.entered = new CountDownLatch(1);
        this.failure = failure;
    }

    /** Lets held runs go on. */
    public void open() {
        gate.countDown();
    }

    /** Waits until a held run has started. */
    public void awaitEntered() throws InterruptedException {
        if (!entered.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no run started within 10 s");
        }
    }

    public int singleRuns() {
        return singleRuns.get();
    }

    /** The items of every batch run, in order. */
    public List<List<String>> batches() {
        return List.copyOf(batches);
    }

    @CachedInference(cacheName = "tck-shared-flight")
    public String score(String item) throws InterruptedException {
        singleRuns.incrementAndGet();
        entered.countDown();
        if (!gate.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the test never opened the gate");
        }
        if (failure != null) {
            throw failure;
        }
        return "score-" + item;
    }

    @CachedInference(cacheName = "tck-shared-flight", batch = true)
    public List<String> scoreAll(List<String> items) {
        batches.add(List.copyOf(items));
        List<String> out = new ArrayList<>();
        for (String item : items) {
            out.add("score-" + item);
        }
        return out;
    }
}
