package io.cachedinference.examples.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.api.InferenceCaches;
import io.cachedinference.examples.model.CpuModel;
import io.cachedinference.examples.model.TinyConvNet;
import io.cachedinference.examples.service.ProviderDefaults;
import io.cachedinference.interceptor.internal.CachedInferenceExtension;
import io.cachedinference.testsupport.LoopbackRedis;
import io.cachedinference.testsupport.SystemProperties;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

/**
 * The demo's experiment with {@code -Dcached-inference.provider=redis}, on a real {@code redis-server}
 * started here on 127.0.0.1: 300 of 1000 requests hit, as on Ehcache, and a second deployment on the
 * same server answers every request of the trace from the first one's entries.
 */
final class ReplayDemoOnRedisTest {

    @Test
    @SuppressWarnings("try") // the properties are in force for the whole block
    void seedExperiment_onRedis_hitsExactlyThirtyPercent_andASecondDeploymentReadsTheFirstsEntries() throws Exception {
        ReplayTrace trace = ReplayTrace.seedExperiment(700, 300, TinyConvNet.INPUT_LENGTH, 42L);
        TinyConvNet direct = new TinyConvNet();
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        try (LoopbackRedis redis = LoopbackRedis.start();
                SystemProperties config = SystemProperties.set(Map.of(ReplayDemo.PROVIDER, "redis",
                        "cached-inference.redis.address", redis.address(), ProviderDefaults.BOUND, "provider"));
                WeldContainer first = container(); WeldContainer second = container()) {
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
        }
    }

    private static WeldContainer container() {
        return new Weld("replay-on-redis-" + System.nanoTime()).disableDiscovery().addBeanClasses(CpuModel.class)
                .addExtension(new CachedInferenceExtension()).initialize();
    }
}
