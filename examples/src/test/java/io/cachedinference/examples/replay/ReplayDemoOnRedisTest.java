package io.cachedinference.examples.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.cachedinference.api.InferenceCaches;
import io.cachedinference.examples.model.CpuModel;
import io.cachedinference.examples.model.TinyConvNet;
import io.cachedinference.interceptor.internal.CachedInferenceExtension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;
import redis.embedded.RedisServer;

/**
 * The demo's experiment with {@code -Dcached-inference.provider=redis}, on a real {@code redis-server}
 * started here on 127.0.0.1: 300 of 1000 requests hit, as on Ehcache, and a second deployment on the
 * same server answers every request of the trace from the first one's entries.
 */
final class ReplayDemoOnRedisTest {

    @Test
    void seedExperiment_onRedis_hitsExactlyThirtyPercent_andASecondDeploymentReadsTheFirstsEntries() throws Exception {
        RedisServer redis = startRedis();
        Map<String, String> config = Map.of(ReplayDemo.PROVIDER, "redis",
                "cached-inference.redis.address", "redis://127.0.0.1:" + redis.ports().get(0),
                ReplayDemo.BOUND, "provider");
        Map<String, String> previous = new HashMap<>();
        config.forEach((k, v) -> previous.put(k, System.setProperty(k, v)));
        ReplayTrace trace = ReplayTrace.seedExperiment(700, 300, TinyConvNet.INPUT_LENGTH, 42L);
        TinyConvNet direct = new TinyConvNet();
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        try (WeldContainer first = container(); WeldContainer second = container()) {
            CpuModel model = first.select(CpuModel.class).get();
            InferenceCaches caches = first.select(InferenceCaches.class).get();
            caches.invalidateAll(CpuModel.NAME);

            ReplayReport report = new Replay(1, 0, 100).run(trace, direct::forward, model::infer,
                    () -> caches.invalidateAll(CpuModel.NAME), () -> caches.statistics(CpuModel.NAME).orElseThrow(), out);

            assertThat(report.requests()).isEqualTo(1000);
            assertThat(report.hits()).isEqualTo(300);
            assertThat(report.misses()).isEqualTo(700);
            CpuModel other = second.select(CpuModel.class).get();
            for (float[] request : trace.requests().subList(0, 100)) {
                assertThat(other.infer(request)).containsExactly(direct.forward(request));
            }
            assertThat(second.select(InferenceCaches.class).get().statistics(CpuModel.NAME).orElseThrow().hits())
                    .as("the second deployment's hits on the first one's entries").isEqualTo(100);
        } finally {
            previous.forEach((k, v) -> {
                if (v == null) {
                    System.clearProperty(k);
                } else {
                    System.setProperty(k, v);
                }
            });
            redis.stop();
        }
    }

    private static WeldContainer container() {
        return new Weld("replay-on-redis-" + System.nanoTime()).disableDiscovery().addBeanClasses(CpuModel.class)
                .addExtension(new CachedInferenceExtension()).initialize();
    }

    private static RedisServer startRedis() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        try {
            RedisServer server = RedisServer.newRedisServer().port(port).bind("127.0.0.1").onShutdownForceStop(true)
                    .setting("protected-mode yes").setting("save \"\"").setting("appendonly no")
                    .soutListener(line -> { }).serrListener(line -> { }).build();
            server.start();
            return server;
        } catch (IOException | RuntimeException e) {
            assumeTrue(false, "no Redis server for the demo's Redis test: embedded-redis cannot start redis-server on "
                    + System.getProperty("os.name") + "/" + System.getProperty("os.arch") + " (" + e + ")");
            throw e;
        }
    }
}
