package io.cachedinference.examples.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.api.InferenceCaches;
import io.cachedinference.examples.model.CpuModel;
import io.cachedinference.examples.model.TinyConvNet;
import io.cachedinference.interceptor.internal.CachedInferenceExtension;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.jboss.weld.junit5.auto.AddBeanClasses;
import org.jboss.weld.junit5.auto.AddExtensions;
import org.jboss.weld.junit5.auto.EnableAutoWeld;
import org.junit.jupiter.api.Test;

/** The demo reproduces the seed's experiment: 300 of 1000 requests repeat, so exactly 30.0% hit. */
@EnableAutoWeld
@AddBeanClasses(CpuModel.class)
@AddExtensions(CachedInferenceExtension.class)
final class ReplayDemoTest {

    @Inject
    CpuModel model;

    @Inject
    InferenceCaches caches;

    @Test
    void seedExperiment_hitsExactlyThirtyPercent_andAnswersHitsLikeTheModel() {
        ReplayTrace trace = ReplayTrace.seedExperiment(700, 300, TinyConvNet.INPUT_LENGTH, 42L);
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        TinyConvNet direct = new TinyConvNet();

        ReplayReport report = Replay.run(trace, direct::forward, model::infer,
                () -> caches.statistics("tiny-cnn").orElseThrow(), new PrintStream(progress, true, StandardCharsets.UTF_8));

        assertThat(report.requests()).isEqualTo(1000);
        assertThat(report.hits()).isEqualTo(300);
        assertThat(report.misses()).isEqualTo(700);
        assertThat(String.format("%.1f%%", report.hitRate() * 100)).isEqualTo("30.0%");
        assertThat(progress.toString(StandardCharsets.UTF_8)).contains("1000/1000");
        for (float[] request : trace.requests().subList(0, 50)) {
            assertThat(model.infer(request)).containsExactly(direct.forward(request));
        }
    }

    @Test
    void trace_isTheSameForTheSameSeed() {
        ReplayTrace a = ReplayTrace.seedExperiment(7, 3, 16, 1L);
        ReplayTrace b = ReplayTrace.seedExperiment(7, 3, 16, 1L);

        assertThat(a.requests()).hasSize(10);
        for (int i = 0; i < 10; i++) {
            assertThat(a.requests().get(i)).containsExactly(b.requests().get(i));
        }
    }
}
