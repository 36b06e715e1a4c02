package io.cachedinference.benchmarks;

import io.cachedinference.api.InferenceKey;
import io.cachedinference.benchmarks.batch.BusyWait;
import io.cachedinference.benchmarks.batch.SlowClassifier;
import io.cachedinference.benchmarks.hitpath.HitPathContainer;
import io.cachedinference.interceptor.internal.key.ContentKeyGenerator;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javax.cache.Cache;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * "Batch calls and memory": a {@code @CachedInference(batch = true)} classifier called with 32 images
 * of 1x3x224x224 floats, of which 0 %, 50 % or 100 % are already cached, next to a single-image
 * {@code @CachedInference} hit of the same image on the same cache.
 * <ul>
 *   <li>{@code batch}: {@link SlowClassifier#classifyAll} with all 32 images. Before each call (outside
 *       the measured time) the entries of the images that should miss are removed from the JCache
 *       cache, by keys computed in setup; with 50 % the odd-numbered images miss, so hits and misses
 *       interleave. The model costs 2 ms + 0.3 ms per image it is given ({@link BusyWait}).</li>
 *   <li>{@code single}: {@link SlowClassifier#classify} with image 0, a hit on what setup's batch
 *       call stored. The same 602 KB are hashed on every call, so they stay in the CPU's caches.</li>
 *   <li>{@code singles}: 32 such hits, one per image, in one operation: the same data as the
 *       all-cached batch call, read in the same order, without the batch path.</li>
 * </ul>
 * The aux counters {@code batchCalls}, {@code modelRuns} and {@code modelImages} count, per
 * iteration, the batch calls and the model runs and images they caused. Inputs are built once, in
 * setup. Each provider and each share of cached images runs in its own fork. {@link BatchReport}
 * runs this class with the CPU-time profiler and checks the goals.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class BatchBenchmark {

    /** Images per batch call. */
    public static final int BATCH = 32;
    /** Floats per image: 1x3x224x224. */
    public static final int FLOATS = 3 * 224 * 224;

    /** The JCache provider, by its cached-inference alias. */
    @Param({"ehcache", "caffeine"})
    public String provider;

    /** How the simulated model spends its time; {@code -p busyWait=WALL} spins on {@code System.nanoTime()}. */
    @Param({"CPU"})
    public BusyWait busyWait;

    private float[][] images;
    private List<float[]> batch;
    private InferenceKey[] keys;
    private HitPathContainer container;
    private SlowClassifier model;
    private Cache<InferenceKey, Object> cache;

    @Setup
    public void start() {
        images = images();
        batch = List.of(images);
        ContentKeyGenerator generator = new ContentKeyGenerator();
        keys = Arrays.stream(images).map(image -> generator.generate(SlowClassifier.NAMESPACE, new Object[] {image}))
                .toArray(InferenceKey[]::new);
        container = HitPathContainer.cachedInference(provider, SlowClassifier.class);
        model = container.select(SlowClassifier.class);
        model.useBusyWait(busyWait);
        cache = container.registry().cache(SlowClassifier.CACHE).orElseThrow();
        model.classifyAll(batch); // stores all 32
    }

    @TearDown
    public void stop() {
        container.close();
    }

    @Benchmark
    public List<float[]> batch(Misses misses, Counts counts) {
        counts.batchCalls++;
        return model.classifyAll(batch);
    }

    @Benchmark
    public float[] single() {
        return model.classify(images[0]);
    }

    @Benchmark
    public void singles(Blackhole blackhole) {
        for (float[] image : images) {
            blackhole.consume(model.classify(image));
        }
    }

    /** The 32 images: gaussian floats, image {@code i} from seed {@code 20240601 + i}. */
    public static float[][] images() {
        return IntStream.range(0, BATCH).mapToObj(i -> HitPathBenchmark.gaussian(FLOATS, 20240601L + i))
                .toArray(float[][]::new);
    }

    /** The images of a batch call that miss: none, the odd-numbered ones, or all. */
    static int[] missing(int cachedPercent) {
        switch (cachedPercent) {
            case 100:
                return new int[0];
            case 50:
                return IntStream.range(0, BATCH).filter(i -> i % 2 == 1).toArray();
            case 0:
                return IntStream.range(0, BATCH).toArray();
            default:
                throw new IllegalArgumentException("cachedPercent must be 0, 50 or 100, not " + cachedPercent);
        }
    }

    /** The model's input list (fixed), the cache, and the model, for the states and the smoke test. */
    List<float[]> batchInput() {
        return batch;
    }

    SlowClassifier model() {
        return model;
    }

    HitPathContainer container() {
        return container;
    }

    /** Which images miss in each batch call: their entries are removed before it. */
    @State(Scope.Benchmark)
    public static class Misses {

        /** The share of the 32 images already cached when the batch call starts. */
        @Param({"0", "50", "100"})
        public int cachedPercent;

        private InferenceKey[] evicted;

        @Setup
        public void choose(BatchBenchmark benchmark) {
            evicted = Arrays.stream(missing(cachedPercent)).mapToObj(i -> benchmark.keys[i]).toArray(InferenceKey[]::new);
        }

        /** Runs before every call, outside the measured time (a call takes milliseconds, so JMH allows it). */
        @Setup(Level.Invocation)
        public void evict(BatchBenchmark benchmark) {
            for (InferenceKey key : evicted) {
                benchmark.cache.remove(key);
            }
        }
    }

    /**
     * Per iteration: batch calls, and the model runs and images they caused. Counted when the
     * iteration ends: JMH reads the counters of the last iteration after the container is closed.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Counts {

        public long batchCalls;
        public long modelRuns;
        public long modelImages;
        private SlowClassifier model;
        private long runsBefore;
        private long imagesBefore;

        @Setup(Level.Iteration)
        public void mark(BatchBenchmark benchmark) {
            model = benchmark.model;
            batchCalls = 0;
            modelRuns = 0;
            modelImages = 0;
            runsBefore = model.runs();
            imagesBefore = model.images();
        }

        @TearDown(Level.Iteration)
        public void count() {
            modelRuns = model.runs() - runsBefore;
            modelImages = model.images() - imagesBefore;
        }
    }
}
