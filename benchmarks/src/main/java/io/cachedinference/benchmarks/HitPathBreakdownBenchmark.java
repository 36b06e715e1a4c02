package io.cachedinference.benchmarks;

import io.cachedinference.api.EvictionPolicy;
import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.spi.CacheProviderAdapter;
import io.cachedinference.api.spi.CacheSettings;
import io.cachedinference.benchmarks.hitpath.Cached;
import io.cachedinference.benchmarks.hitpath.HitPathModel;
import io.cachedinference.benchmarks.hitpath.HitPathNames;
import io.cachedinference.caffeine.internal.CaffeineAdapter;
import io.cachedinference.ehcache.internal.EhcacheAdapter;
import io.cachedinference.interceptor.internal.compression.ValueCodec;
import io.cachedinference.interceptor.internal.core.CacheAccess;
import io.cachedinference.interceptor.internal.core.CacheCounters;
import io.cachedinference.interceptor.internal.core.ResultSizes;
import io.cachedinference.interceptor.internal.core.CachingInvoker;
import io.cachedinference.interceptor.internal.core.InferenceCacheRegistry;
import io.cachedinference.interceptor.internal.core.KeyRecipe;
import io.cachedinference.interceptor.internal.core.MethodPlan;
import io.cachedinference.interceptor.internal.key.ContentKeyGenerator;
import io.cachedinference.interceptor.internal.provider.DeploymentCaches;
import io.cachedinference.interceptor.internal.provider.DeploymentContext;
import io.cachedinference.interceptor.internal.core.SingleFlight;
import io.cachedinference.benchmarks.support.Deployments;
import java.lang.reflect.Method;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.Caching;
import org.HdrHistogram.ConcurrentHistogram;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Where a 512-float hit's time goes, piece by piece and without a container, to explain
 * {@link HitPathBenchmark}'s ratios (a factorial breakdown, not a target):
 * <ul>
 *   <li>{@code keyAlone}, then the key plus a {@code get} on a {@code ConcurrentHashMap}, on a raw
 *       Ehcache cache (as variant (e)), and on the caches a deployment creates
 *       ({@code DeploymentCaches}, JCache statistics on) for Ehcache and Caffeine, plus Caffeine with
 *       statistics left off;</li>
 *   <li>{@code core*}: {@code CachingInvoker.invoke} on a plan over each deployed cache: the whole
 *       hit path below the interceptor;</li>
 *   <li>the core's extra steps alone: {@code registry.plan(method)}, two {@code System.nanoTime()},
 *       the counters' work on a hit (two {@code LongAdder}s and a {@code ConcurrentHistogram}
 *       value), and the copy of the {@code float[10]} answer.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 10, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class HitPathBreakdownBenchmark {

    private final ContentKeyGenerator generator = new ContentKeyGenerator();
    private final ConcurrentHashMap<InferenceKey, Object> map = new ConcurrentHashMap<>();
    private final CachingInvoker invoker = new CachingInvoker();
    private final LongAdder hits = new LongAdder();
    private final LongAdder hitNanos = new LongAdder();
    private final ConcurrentHistogram histogram = new ConcurrentHistogram(3);

    private Object[] arguments;
    private DeploymentCaches ehcacheDeployment;
    private DeploymentCaches caffeineDeployment;
    private CacheManager rawEhcacheManager;
    private CacheManager caffeineNoStatsManager;
    private Cache<InferenceKey, Object> rawEhcache;
    private Cache<InferenceKey, Object> ehcache;
    private Cache<InferenceKey, Object> caffeine;
    private Cache<InferenceKey, Object> caffeineNoStats;
    private MethodPlan ehcachePlan;
    private MethodPlan caffeinePlan;
    private InferenceCacheRegistry registry;
    private Method method;
    private CachingInvoker.Invocation invocation;

    @Setup
    public void setUp() throws Exception {
        arguments = new Object[] {HitPathBenchmark.gaussian(512, 20240601L)};
        CacheSettings settings = new CacheSettings(HitPathNames.CACHE, EvictionPolicy.LRU, 1000, Duration.ofMinutes(5));
        ClassLoader classLoader = getClass().getClassLoader();
        ehcacheDeployment = Deployments.open(new EhcacheAdapter(), classLoader);
        caffeineDeployment = Deployments.open(new CaffeineAdapter(), classLoader);
        ehcache = Deployments.create(ehcacheDeployment, settings);
        caffeine = Deployments.create(caffeineDeployment, settings);
        EhcacheAdapter ehcacheAdapter = new EhcacheAdapter();
        rawEhcacheManager = open(ehcacheAdapter, classLoader);
        rawEhcache = rawEhcacheManager.createCache(HitPathNames.CACHE, EhcacheAdapter.configuration(settings));
        CaffeineAdapter caffeineAdapter = new CaffeineAdapter();
        caffeineNoStatsManager = open(caffeineAdapter, classLoader);
        caffeineNoStats = caffeineNoStatsManager.createCache(HitPathNames.CACHE,
                CaffeineAdapter.configuration(settings, ResultSizes.discover(classLoader)));

        method = Cached.class.getMethod("infer", float[].class);
        ehcachePlan = plan(settings, ehcache);
        caffeinePlan = plan(settings, caffeine);
        registry = new InferenceCacheRegistry(Map.of(method, ehcachePlan));
        invocation = new CachingInvoker.Invocation() {
            @Override
            public Object[] arguments() {
                return arguments;
            }

            @Override
            public Object proceed() {
                return HitPathModel.SCORES;
            }

            @Override
            public Object proceedWith(Object[] replaced) {
                return HitPathModel.SCORES;
            }
        };
        InferenceKey key = key();
        for (Cache<InferenceKey, Object> cache : java.util.List.of(rawEhcache, ehcache, caffeine, caffeineNoStats)) {
            cache.put(key, HitPathModel.SCORES.clone());
        }
        map.put(key, HitPathModel.SCORES);
    }

    private static CacheManager open(CacheProviderAdapter adapter, ClassLoader classLoader) {
        DeploymentContext context = Deployments.context(classLoader);
        return adapter.openCacheManager(adapter.locate(context), context);
    }

    private MethodPlan plan(CacheSettings settings, Cache<InferenceKey, Object> cache) {
        SingleFlight flight = new SingleFlight();
        CacheAccess access = new CacheAccess(cache, ValueCodec.none(),
                new CacheCounters(HitPathNames.CACHE, OptionalLong::empty, ValueCodec.none(), flight::waiting), flight);
        return MethodPlan.of(method, settings, access,
                new KeyRecipe(HitPathNames.CACHE, HitPathNames.MODEL, HitPathNames.VERSION, new ContentKeyGenerator()),
                Duration.ofSeconds(10), Duration.ofSeconds(100), null);
    }

    @TearDown
    public void tearDown() {
        ehcacheDeployment.close();
        caffeineDeployment.close();
        rawEhcacheManager.close();
        caffeineNoStatsManager.close();
    }

    private InferenceKey key() {
        return generator.generate(HitPathNames.NAMESPACE, arguments);
    }

    @Benchmark
    public InferenceKey keyAlone() {
        return key();
    }

    @Benchmark
    public Object keyChmGet() {
        return map.get(key());
    }

    @Benchmark
    public Object keyRawEhcacheGet() {
        return rawEhcache.get(key());
    }

    @Benchmark
    public Object keyDeployedEhcacheGet() {
        return ehcache.get(key());
    }

    @Benchmark
    public Object keyDeployedCaffeineGet() {
        return caffeine.get(key());
    }

    @Benchmark
    public Object keyCaffeineGetStatisticsOff() {
        return caffeineNoStats.get(key());
    }

    @Benchmark
    public Object coreEhcache() throws Exception {
        return invoker.invoke(ehcachePlan, invocation);
    }

    @Benchmark
    public Object coreCaffeine() throws Exception {
        return invoker.invoke(caffeinePlan, invocation);
    }

    @Benchmark
    public MethodPlan planLookup() {
        return registry.plan(method);
    }

    @Benchmark
    public long nanoTimeTwice() {
        return System.nanoTime() - System.nanoTime();
    }

    /** What {@code CacheCounters.recordHit} does: two adders and a histogram value. */
    @Benchmark
    public void countersOnHit() {
        hits.increment();
        hitNanos.add(500);
        histogram.recordValue(500);
    }

    @Benchmark
    public float[] copyAnswer() {
        return HitPathModel.SCORES.clone();
    }
}
