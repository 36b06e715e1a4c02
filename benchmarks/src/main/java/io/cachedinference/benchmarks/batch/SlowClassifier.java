package io.cachedinference.benchmarks.batch;

import io.cachedinference.api.CachedInference;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An image classifier whose every run costs {@value #FIXED_NANOS} ns plus {@value #PER_ITEM_NANOS} ns
 * per image, spent by {@link BusyWait}; it answers 1000 class scores per image. The batch method and
 * the single-image method share one cache, so each hits what the other stored. Counts its runs and
 * the images it was given (atomics: JMH reads them from another thread).
 */
@ApplicationScoped
public class SlowClassifier {

    /** The shared cache and the namespace of its keys ({@code cache|model@version}). */
    public static final String CACHE = "batch-classifier";
    public static final String MODEL = "resnet-sim";
    public static final String VERSION = "1";
    public static final String NAMESPACE = CACHE + '|' + MODEL + '@' + VERSION;

    /** The cost of one model run, whatever its size: 2 ms. */
    public static final long FIXED_NANOS = 2_000_000;
    /** The cost of each image in a run: 0.3 ms. */
    public static final long PER_ITEM_NANOS = 300_000;
    /** Classes the model scores. */
    public static final int CLASSES = 1000;

    private final AtomicLong runs = new AtomicLong();
    private final AtomicLong images = new AtomicLong();
    private volatile BusyWait busyWait = BusyWait.CPU;
    private volatile List<float[]> lastBatch = List.of();

    /** Classifies a batch: one model run for all the images given. */
    @CachedInference(cacheName = CACHE, model = MODEL, modelVersion = VERSION, batch = true)
    public List<float[]> classifyAll(List<float[]> batch) {
        run(batch.size());
        lastBatch = List.copyOf(batch);
        List<float[]> scores = new ArrayList<>(batch.size());
        for (float[] image : batch) {
            scores.add(scores(image));
        }
        return scores;
    }

    /** Classifies one image: a model run of one. */
    @CachedInference(cacheName = CACHE, model = MODEL, modelVersion = VERSION)
    public float[] classify(float[] image) {
        run(1);
        lastBatch = List.of(image);
        return scores(image);
    }

    private void run(int size) {
        runs.incrementAndGet();
        images.addAndGet(size);
        busyWait.spin(FIXED_NANOS + size * PER_ITEM_NANOS);
    }

    /** The scores of an image: a fixed distribution whose first score is the image's first value, to tell answers apart. */
    public static float[] scores(float[] image) {
        float[] scores = new float[CLASSES];
        scores[0] = image[0];
        scores[1] = 0.9f;
        for (int i = 2; i < CLASSES; i++) {
            scores[i] = 1e-4f;
        }
        return scores;
    }

    /** Model runs so far. */
    public long runs() {
        return runs.get();
    }

    /** Images passed to the model so far, over all runs. */
    public long images() {
        return images.get();
    }

    /** The images of the last model run. */
    public List<float[]> lastBatch() {
        return lastBatch;
    }

    /** Chooses how the model spends its time. */
    public void useBusyWait(BusyWait busyWait) {
        this.busyWait = busyWait;
    }
}
