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
import java.util.function.UnaryOperator;
import org.jboss.weld.junit5.auto.AddBeanClasses;
import org.jboss.weld.junit5.auto.AddExtensions;
import org.jboss.weld.junit5.auto.EnableAutoWeld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The demo reproduces the seed's experiment: 300 of 1000 requests repeat, so exactly 30.0% hit, in
 * every cached pass, since each starts from an empty cache. Run here on the plain-Java model, which
 * is faster than the ONNX one the demo uses by default; the counting does not depend on the model.
 */
@EnableAutoWeld
@AddBeanClasses(CpuModel.class)
@AddExtensions(CachedInferenceExtension.class)
final class ReplayDemoTest {

    @Inject
    CpuModel model;

    @Inject
    InferenceCaches caches;

    private final TinyConvNet direct = new TinyConvNet();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @BeforeEach
    void emptyCache() {
        caches.invalidateAll(CpuModel.NAME);
    }

    @Test
    void seedExperiment_hitsExactlyThirtyPercent_andAnswersHitsLikeTheModel() {
        ReplayTrace trace = ReplayTrace.seedExperiment(700, 300, TinyConvNet.INPUT_LENGTH, 42L);

        ReplayReport report = new Replay(1, 0, 100).run(trace, direct::forward, model::infer,
                () -> caches.invalidateAll(CpuModel.NAME), () -> caches.statistics(CpuModel.NAME).orElseThrow(), out);

        assertThat(report.requests()).isEqualTo(1000);
        assertThat(report.hits()).isEqualTo(300);
        assertThat(report.misses()).isEqualTo(700);
        report.print(out);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("hit rate              30.0%")
                .contains("hits                  300 per cached pass")
                .contains("misses                700 per cached pass");
        for (float[] request : trace.requests().subList(0, 50)) {
            assertThat(model.infer(request)).containsExactly(direct.forward(request));
        }
    }

    @Test
    void passesAreInterleavedInSlices_alternatingWhichGoesFirst_andEachRoundStartsFromAnEmptyCache() {
        ReplayTrace trace = ReplayTrace.seedExperiment(35, 15, TinyConvNet.INPUT_LENGTH, 7L);
        StringBuilder calls = new StringBuilder();
        UnaryOperator<float[]> countedDirect = input -> {
            calls.append('d');
            return direct.forward(input);
        };
        UnaryOperator<float[]> countedCached = input -> {
            calls.append('c');
            return model.infer(input);
        };

        ReplayReport report = new Replay(3, 5, 20).run(trace, countedDirect, countedCached,
                () -> caches.invalidateAll(CpuModel.NAME), () -> caches.statistics(CpuModel.NAME).orElseThrow(), out);

        assertThat(report.uncached()).hasSize(3);
        assertThat(report.cached()).hasSize(3).allSatisfy(pass -> {
            assertThat(pass.hits()).isEqualTo(15);
            assertThat(pass.misses()).isEqualTo(35);
        });
        // the warm-up runs 5 requests directly, then twice through the cache (a miss, then a hit); each round
        // runs 50 requests both ways in slices of 20, 20 and 10, swapping which way goes first every slice
        // and starting each round the other way round from the last
        String d = "d".repeat(20);
        String c = "c".repeat(20);
        String round1 = d + c + c + d + "d".repeat(10) + "c".repeat(10);
        String round2 = c + d + d + c + "c".repeat(10) + "d".repeat(10);
        assertThat(calls.toString()).isEqualTo("dcc".repeat(5) + round1 + round2 + round1);
        assertThat(printed.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("round")))
                .extracting(l -> l.substring(0, 21))
                .containsExactly("round 1/3  no cache  ", "round 1/3  with cache",
                        "round 2/3  no cache  ", "round 2/3  with cache",
                        "round 3/3  no cache  ", "round 3/3  with cache");
        assertThat(report.hitRate()).isEqualTo(0.3);
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
