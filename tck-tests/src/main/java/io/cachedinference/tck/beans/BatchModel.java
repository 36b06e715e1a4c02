package io.cachedinference.tck.beans;

import io.cachedinference.api.CachedInference;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Batch models that record the items each model run received. */
@ApplicationScoped
public class BatchModel {

    private final List<List<String>> batches = Collections.synchronizedList(new ArrayList<>());
    private volatile CountDownLatch gate = new CountDownLatch(0);

    /** The items of each model run, in call order. */
    public List<List<String>> batches() {
        return batches;
    }

    /** Holds gated runs until {@link #open()}. */
    public void close() {
        gate = new CountDownLatch(1);
    }

    /** Lets held runs finish. */
    public void open() {
        gate.countDown();
    }

    @CachedInference(cacheName = "tck-batch", batch = true)
    public List<float[]> embedAll(List<float[]> inputs) {
        List<String> seen = new ArrayList<>();
        List<float[]> out = new ArrayList<>();
        for (float[] x : inputs) {
            seen.add(Float.toString(x[0]));
            out.add(new float[] {x[0] * 2});
        }
        batches.add(seen);
        return out;
    }

    @CachedInference(cacheName = "tck-batch")
    public float[] embed(float[] input) {
        batches.add(List.of("single:" + input[0]));
        return new float[] {input[0] * 2};
    }

    @CachedInference(cacheName = "tck-batch-array", batch = true)
    public String[] labels(String[] inputs, String locale) {
        batches.add(List.of(inputs));
        String[] out = new String[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            out[i] = inputs[i].toUpperCase(Locale.forLanguageTag(locale)) + "@" + locale;
        }
        return out;
    }

    @CachedInference(cacheName = "tck-batch-broken", batch = true)
    public List<String> broken(List<String> inputs) {
        batches.add(inputs);
        return List.of("only-one");
    }

    @CachedInference(cacheName = "tck-batch-gated", batch = true)
    public List<String> gatedAll(List<String> inputs) throws InterruptedException {
        batches.add(inputs);
        if (!gate.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the test never opened the gate");
        }
        List<String> out = new ArrayList<>();
        for (String s : inputs) {
            out.add("answer-" + s);
        }
        return out;
    }
}
