package io.cachedinference.interceptor.internal.core;

import io.cachedinference.api.EvictionPolicy;
import io.cachedinference.api.spi.CacheSettings;
import io.cachedinference.interceptor.internal.compression.ValueCodec;
import io.cachedinference.interceptor.internal.fakes.InMemoryCache;
import io.cachedinference.interceptor.internal.key.ContentKeyGenerator;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletionStage;

/**
 * One cache, in memory, with the core's access, counters and single flight, and plans of its methods, as
 * deployment would build them: the core's flows run on it without a container.
 */
final class CoreFixture {

    static final String CACHE = "core";

    /** The methods planned: their declared types choose the flow. */
    static class Model {
        public float[] infer(float[] input) {
            throw new UnsupportedOperationException("the call's invocation runs instead");
        }

        public List<float[]> inferAll(List<float[]> inputs) {
            throw new UnsupportedOperationException();
        }

        public CompletionStage<float[]> inferLater(float[] input) {
            throw new UnsupportedOperationException();
        }
    }

    final InMemoryCache memory = new InMemoryCache(CACHE);
    final SingleFlight flight = new SingleFlight();
    final CacheCounters counters = new CacheCounters(CACHE, OptionalLong::empty, ValueCodec.none(), flight::waiting);
    final CacheAccess access = new CacheAccess(memory.cache(), ValueCodec.none(), counters, flight);
    final KeyRecipe recipe = new KeyRecipe(CACHE, "net", "1", new ContentKeyGenerator());
    final CachingInvoker invoker = new CachingInvoker();
    final InferenceCacheRegistry registry;

    final MethodPlan single;
    final MethodPlan batch;
    final MethodPlan async;

    CoreFixture(Duration lockTimeout, Duration asyncTimeout) {
        CacheSettings settings = new CacheSettings(CACHE, EvictionPolicy.LRU, 100, Duration.ofMinutes(5));
        single = MethodPlan.of(method("infer", float[].class), settings, access, recipe, lockTimeout, asyncTimeout, null);
        Method all = method("inferAll", List.class);
        batch = MethodPlan.of(all, settings, access, recipe, lockTimeout, asyncTimeout,
                BatchShape.of(all, new ArrayList<>()).orElseThrow());
        async = MethodPlan.of(method("inferLater", float[].class), settings, access, recipe, lockTimeout, asyncTimeout,
                null);
        registry = new InferenceCacheRegistry(Map.of(single.method(), single, batch.method(), batch,
                async.method(), async));
    }

    CoreFixture() {
        this(Duration.ofSeconds(10), Duration.ofSeconds(100));
    }

    Object call(MethodPlan plan, FakeCall call) throws Exception {
        return invoker.invoke(plan, call);
    }

    private static Method method(String name, Class<?> parameter) {
        try {
            return Model.class.getMethod(name, parameter);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }
}
