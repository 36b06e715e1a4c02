package io.cachedinference.benchmarks;

import io.cachedinference.benchmarks.hitpath.Cached;
import io.cachedinference.benchmarks.hitpath.HitPathContainer;
import io.cachedinference.benchmarks.hitpath.HitPathModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
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
import redis.embedded.RedisServer;

/**
 * What a {@code @CachedInference} hit costs on Redis over loopback, beside the same hit on embedded
 * Ehcache and through a Hazelcast client of a member on loopback: the same model ({@link Cached}, a precomputed {@code float[10]}), the same inputs as
 * {@link HitPathBenchmark} (512 and 150,528 gaussian floats), its cache filled by one call. The Redis
 * variant starts a {@code redis-server} 6.2 of its own (from the embedded-redis jar) on 127.0.0.1 and a
 * free port, or uses {@code -Dbenchmarks.redis.address=redis://host:port}. A Redis hit is one round
 * trip (Redisson's JCache {@code get}, a Lua script that also checks the entry's expiry) plus Java
 * deserialization of the value; an Ehcache hit is a heap lookup and a copy. Sampled, so the report gives
 * the median and tail of single calls: on a shared machine the mean of a network call is mostly its tail.
 *
 * <pre>{@code java -jar benchmarks/target/benchmarks.jar RedisHitBenchmark}</pre>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 10, time = 500, timeUnit = TimeUnit.MILLISECONDS)
// the --add-opens Hazelcast asks for on Java 17 (without them it warns and works)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "--add-modules", "java.se",
        "--add-exports", "java.base/jdk.internal.ref=ALL-UNNAMED", "--add-opens", "java.base/java.lang=ALL-UNNAMED",
        "--add-opens", "java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens", "java.management/sun.management=ALL-UNNAMED",
        "--add-opens", "jdk.management/com.sun.management.internal=ALL-UNNAMED"})
@State(Scope.Benchmark)
public class RedisHitBenchmark {

    /** Set to use a running server instead of starting one. */
    public static final String ADDRESS = "benchmarks.redis.address";

    /** Floats per input: 512 (embedding) or 150,528 (1x3x224x224 tensor). */
    @Param({"512", "150528"})
    public int floats;

    private float[] input;

    @Setup
    public void makeInput() {
        input = HitPathBenchmark.gaussian(floats, 20240601L);
    }

    @Benchmark
    public float[] ehcacheHit(OnEhcache state) {
        return state.model.infer(input);
    }

    @Benchmark
    public float[] redisHit(OnRedis state) {
        return state.model.infer(input);
    }

    @Benchmark
    public float[] hazelcastClientHit(OnHazelcastClient state) {
        return state.model.infer(input);
    }

    /** {@code @CachedInference} on embedded Ehcache, its cache filled. */
    @State(Scope.Benchmark)
    public static class OnEhcache {
        HitPathContainer container;
        HitPathModel model;

        @Setup
        public void start(RedisHitBenchmark benchmark) {
            container = HitPathContainer.cachedInference("ehcache", Cached.class);
            model = container.select(Cached.class);
            model.infer(benchmark.input);
        }

        @TearDown
        public void stop() {
            container.close();
        }
    }

    /**
     * {@code @CachedInference} through a Hazelcast client ({@code hazelcast-client}, no near cache) of a
     * one-member cluster on 127.0.0.1 started by a deployment of its own in this JVM, its cache filled.
     */
    @State(Scope.Benchmark)
    public static class OnHazelcastClient {
        HitPathContainer member;
        HitPathContainer client;
        HitPathModel model;

        @Setup
        public void start(RedisHitBenchmark benchmark) {
            String cluster = "benchmark-" + System.nanoTime();
            int port = freePort();
            member = HitPathContainer.cachedInference("hazelcast", Map.of("cached-inference.hazelcast.cluster-name",
                    cluster, "cached-inference.hazelcast.port", Integer.toString(port),
                    "cached-inference.hazelcast.backup-count", "0"), Cached.class);
            client = HitPathContainer.cachedInference("hazelcast-client", Map.of(
                    "cached-inference.hazelcast.cluster-name", cluster,
                    "cached-inference.hazelcast.members", "127.0.0.1:" + port), Cached.class);
            model = client.select(Cached.class);
            model.infer(benchmark.input);
            if (model.runs() != 1 || model.infer(benchmark.input) == null || model.runs() != 1) {
                throw new IllegalStateException("the Hazelcast client's cache does not hit: " + model.runs()
                        + " model runs");
            }
        }

        @TearDown
        public void stop() {
            client.close();
            member.close();
        }
    }

    /** {@code @CachedInference} on Redis over loopback, its cache filled. */
    @State(Scope.Benchmark)
    public static class OnRedis {
        RedisServer server;
        HitPathContainer container;
        HitPathModel model;

        @Setup
        public void start(RedisHitBenchmark benchmark) throws IOException {
            String address = System.getProperty(ADDRESS);
            if (address == null) {
                int port = freePort();
                server = RedisServer.newRedisServer().port(port).bind("127.0.0.1").onShutdownForceStop(true)
                        .setting("protected-mode yes").setting("save \"\"").setting("appendonly no")
                        .soutListener(line -> { }).serrListener(line -> { }).build();
                server.start();
                address = "redis://127.0.0.1:" + port;
            }
            container = HitPathContainer.cachedInference("redis", Map.of("cached-inference.redis.address", address,
                    "cached-inference.redis.key-prefix", "benchmark-" + System.nanoTime() + ":",
                    "cached-inference.cache-defaults.bound", "provider"), Cached.class);
            model = container.select(Cached.class);
            model.infer(benchmark.input);
            if (model.runs() != 1 || model.infer(benchmark.input) == null || model.runs() != 1) {
                throw new IllegalStateException("the Redis cache does not hit: " + model.runs() + " model runs");
            }
        }

        @TearDown
        public void stop() throws IOException {
            container.close();
            if (server != null) {
                server.stop();
            }
        }

    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
