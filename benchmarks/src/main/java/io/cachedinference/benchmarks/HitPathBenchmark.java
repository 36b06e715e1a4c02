package io.cachedinference.benchmarks;

import io.cachedinference.api.InferenceKey;
import io.cachedinference.benchmarks.hitpath.Cached;
import io.cachedinference.benchmarks.hitpath.HitPathContainer;
import io.cachedinference.benchmarks.hitpath.HitPathModel;
import io.cachedinference.benchmarks.hitpath.HitPathNames;
import io.cachedinference.benchmarks.hitpath.KeyedEhcache;
import io.cachedinference.benchmarks.hitpath.KeyedMap;
import io.cachedinference.benchmarks.hitpath.NaiveSha;
import io.cachedinference.benchmarks.hitpath.PassThrough;
import io.cachedinference.benchmarks.hitpath.PlainModel;
import io.cachedinference.benchmarks.hitpath.Proxied;
import io.cachedinference.interceptor.internal.key.ContentKeyGenerator;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * "Inference-grade semantics": what a cache hit costs, layer by layer, against the references the
 * issue sets its targets by. Every variant is called with the same input over and over, so every
 * keyed variant hits (its cache is filled by one call in setup):
 * <ol type="a">
 *   <li>{@code a_direct}: the model method on a plain object;</li>
 *   <li>{@code b_proxy}: through Weld's client proxy of an {@code @ApplicationScoped} bean;</li>
 *   <li>{@code c_passThrough}: proxy plus an interceptor that only proceeds;</li>
 *   <li>{@code d_keyChm}: proxy plus an interceptor that derives our XXH3-128 key and does
 *       {@code ConcurrentHashMap.get} (the Caffeine target's reference);</li>
 *   <li>{@code e_keyRawEhcache}: the same with a raw Ehcache JCache {@code get} by reference (the
 *       Ehcache target's reference);</li>
 *   <li>{@code f_cachedEhcache}: a {@code @CachedInference} hit on Ehcache;</li>
 *   <li>{@code g_cachedCaffeine}: the same on Caffeine;</li>
 *   <li>{@code h_naiveSha256Chm}: the seed's kind of interceptor, SHA-256 hex over the float bytes
 *       plus {@code ConcurrentHashMap};</li>
 *   <li>{@code i_keyAlone}: {@code ContentKeyGenerator.generate} alone.</li>
 * </ol>
 * The model answers a precomputed {@code float[10]}; {@code @CachedInference} copies it on every hit
 * (its contract), the reference interceptors do not. Inputs: 512 gaussian floats (an embedding) and
 * 150,528 (a 1x3x224x224 image tensor). Each benchmark method runs in its own fork, which starts only
 * the container it needs. {@link HitPathReport} runs this class and checks the targets.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
// many short iterations: on a shared machine the median of 16 resists another process's burst
@Warmup(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 16, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class HitPathBenchmark {

    /** Floats per input: 512 (embedding) or 150,528 (1x3x224x224 tensor). */
    @Param({"512", "150528"})
    public int floats;

    private final ContentKeyGenerator generator = new ContentKeyGenerator();
    private float[] input;

    @Setup
    public void makeInput() {
        input = gaussian(floats, 20240601L);
    }

    /** The input every call passes; fixed, so every run keys the same data. */
    public float[] input() {
        return input;
    }

    @Benchmark
    public float[] a_direct(Direct state) {
        return state.model.infer(input);
    }

    @Benchmark
    public float[] b_proxy(Interposed state) {
        return state.proxied.infer(input);
    }

    @Benchmark
    public float[] c_passThrough(Interposed state) {
        return state.passThrough.infer(input);
    }

    @Benchmark
    public float[] d_keyChm(Interposed state) {
        return state.keyedMap.infer(input);
    }

    @Benchmark
    public float[] e_keyRawEhcache(Interposed state) {
        return state.keyedEhcache.infer(input);
    }

    @Benchmark
    public float[] f_cachedEhcache(OnEhcache state) {
        return state.model.infer(input);
    }

    @Benchmark
    public float[] g_cachedCaffeine(OnCaffeine state) {
        return state.model.infer(input);
    }

    @Benchmark
    public float[] h_naiveSha256Chm(Interposed state) {
        return state.naiveSha.infer(input);
    }

    @Benchmark
    public InferenceKey i_keyAlone() {
        return generator.generate(HitPathNames.NAMESPACE, new Object[] {input});
    }

    /** Variant (a)'s plain object. */
    @State(Scope.Benchmark)
    public static class Direct {
        public final HitPathModel model = new PlainModel();
    }

    /** Variants (b) to (e) and (h): one container without cached-inference, keyed caches filled. */
    @State(Scope.Benchmark)
    public static class Interposed {
        public HitPathContainer container;
        public HitPathModel proxied;
        public HitPathModel passThrough;
        public HitPathModel keyedMap;
        public HitPathModel keyedEhcache;
        public HitPathModel naiveSha;

        @Setup
        public void start(HitPathBenchmark benchmark) {
            container = HitPathContainer.plain(Proxied.class,
                    PassThrough.Around.class, PassThrough.Model.class,
                    KeyedMap.Around.class, KeyedMap.Model.class,
                    KeyedEhcache.Store.class, KeyedEhcache.Around.class, KeyedEhcache.Model.class,
                    NaiveSha.Around.class, NaiveSha.Model.class);
            proxied = container.select(Proxied.class);
            passThrough = container.select(PassThrough.Model.class);
            keyedMap = fill(container.select(KeyedMap.Model.class), benchmark.input());
            keyedEhcache = fill(container.select(KeyedEhcache.Model.class), benchmark.input());
            naiveSha = fill(container.select(NaiveSha.Model.class), benchmark.input());
        }

        @TearDown
        public void stop() {
            container.close();
        }
    }

    /** Variant (f): {@code @CachedInference} on Ehcache, its cache filled. */
    @State(Scope.Benchmark)
    public static class OnEhcache {
        public HitPathContainer container;
        public HitPathModel model;

        @Setup
        public void start(HitPathBenchmark benchmark) {
            container = HitPathContainer.cachedInference("ehcache", Cached.class);
            model = fill(container.select(Cached.class), benchmark.input());
        }

        @TearDown
        public void stop() {
            container.close();
        }
    }

    /** Variant (g): {@code @CachedInference} on Caffeine, its cache filled. */
    @State(Scope.Benchmark)
    public static class OnCaffeine {
        public HitPathContainer container;
        public HitPathModel model;

        @Setup
        public void start(HitPathBenchmark benchmark) {
            container = HitPathContainer.cachedInference("caffeine", Cached.class);
            model = fill(container.select(Cached.class), benchmark.input());
        }

        @TearDown
        public void stop() {
            container.close();
        }
    }

    private static HitPathModel fill(HitPathModel model, float[] input) {
        model.infer(input);
        return model;
    }

    static float[] gaussian(int n, long seed) {
        Random random = new Random(seed);
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) random.nextGaussian();
        }
        return a;
    }
}
