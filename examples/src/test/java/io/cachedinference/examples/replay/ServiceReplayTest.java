package io.cachedinference.examples.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.examples.service.InferenceServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three scenarios, small, replayed over real HTTP against a service on an ephemeral port; the
 * printed and HTML reports must agree with the client's counts and the service's counters.
 */
final class ServiceReplayTest {

    private static InferenceServer server;
    private static List<ScenarioResult> results;
    private static String printed;
    private static SearchScenario search;

    @BeforeAll
    static void replay() {
        server = InferenceServer.start(0);
        search = new SearchScenario(400, 10_000L);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        results = ServiceReplay.run(new ServiceClient(server.uri()),
                List.of(new SeedScenario(35, 15, 42L), new CameraScenario(1, 25L, true), search,
                        new CameraScenario(4, 25L)),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        printed = out.toString(StandardCharsets.UTF_8);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void seed_exactRepeatsHit_andEveryHitIsTheModelsAnswer() {
        ScenarioResult seed = results.get(0);

        assertThat(seed.requests()).isEqualTo(50);
        assertThat(seed.hits()).isEqualTo(15);
        assertThat(seed.misses()).isEqualTo(35);
        assertThat(seed.falseHits()).isZero();
        assertThat(seed.modelCallsSaved()).isEqualTo(15);
        assertThat(seed.percentileMs(true, 50)).isPositive();
    }

    @Test
    void camera_withTheExactKey_missesEveryNoisyFrame_thoughASubjectRepeats() {
        ScenarioResult camera = results.get(1);

        assertThat(camera.requests()).isEqualTo(CameraScenario.FPS);
        assertThat(camera.hits()).isZero();
        assertThat(camera.idealHits()).isGreaterThanOrEqualTo(CameraScenario.FPS - CameraScenario.SUBJECTS);
        assertThat(Double.isNaN(camera.percentileMs(true, 50))).isTrue();
    }

    @Test
    void camera_withFingerprintKeys_hitsMostNoisyFramesOfARepeatedSubject_andNeverAnotherSubjectsAnswer() {
        ScenarioResult camera = results.get(3);

        assertThat(camera.requests()).isEqualTo(4 * CameraScenario.FPS);
        assertThat(camera.falseHits()).isZero();
        assertThat(camera.hitRate()).as("fingerprint hit rate").isGreaterThan(0.8);
    }

    @Test
    void search_variantsShareEntries_soHitsAreExactlyTheRepeatedNormalizedQueries() {
        ScenarioResult result = results.get(2);
        long distinct = java.util.stream.IntStream.range(0, search.size()).mapToObj(search::group).distinct().count();

        assertThat(result.misses()).isEqualTo(distinct);
        assertThat(result.hits()).isEqualTo(result.idealHits()).isEqualTo(400 - (int) distinct);
        assertThat(result.falseHits()).isZero();
        assertThat(result.hitRate()).isGreaterThan(0.5);
    }

    @Test
    void clientCounts_matchTheServicesCounters() {
        for (ScenarioResult r : results) {
            assertThat(r.server().hits()).as(r.id()).isEqualTo(r.hits());
            assertThat(r.server().misses()).as(r.id()).isEqualTo(r.misses());
            assertThat(r.server().errors()).as(r.id()).isZero();
        }
    }

    @Test
    void printedReport_showsEachScenariosFigures_andItsProgress() {
        for (ScenarioResult r : results) {
            assertThat(printed).contains(r.title(), String.format("requests %d   hits %d   misses %d", r.requests(),
                    r.hits(), r.misses()), "false hits " + r.falseHits(), r.requests() + "/" + r.requests());
        }
    }

    @Test
    void htmlReport_isWritten_selfContained_andItsFiguresMatchTheCounters(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("reports/replay.html");

        HtmlReport.write(file, server.uri().toString(), results);

        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg").doesNotContain("<script", "<link", "src=");
        for (ScenarioResult r : results) {
            String section = section(html, r.id());
            Map<String, String> metrics = metrics(section);
            assertThat(metrics).as(r.id()).containsEntry("requests", Integer.toString(r.requests()))
                    .containsEntry("hits", Integer.toString(r.hits()))
                    .containsEntry("misses", Integer.toString(r.misses()))
                    .containsEntry("hit-rate", HtmlReport.percent(r.hitRate()))
                    .containsEntry("model-calls-saved", Long.toString(r.modelCallsSaved()))
                    .containsEntry("false-hits", Integer.toString(r.falseHits()))
                    .containsEntry("server-misses", Long.toString(r.server().misses()))
                    .containsEntry("hit-p99-ms", ScenarioResult.ms(r.percentileMs(true, 99)))
                    .containsEntry("miss-p50-ms", ScenarioResult.ms(r.percentileMs(false, 50)))
                    .containsEntry("service-hit-ms", ScenarioResult.ms(r.servicePercentileMs(true, 50)) + " / "
                            + ScenarioResult.ms(r.servicePercentileMs(true, 99)))
                    .containsEntry("service-miss-ms", ScenarioResult.ms(r.servicePercentileMs(false, 50)) + " / "
                            + ScenarioResult.ms(r.servicePercentileMs(false, 99)));
            for (String histogram : List.of("latency-histogram", "service-latency-histogram")) {
                String svg = chart(section, histogram);
                assertThat(sum(svg, "data-kind=\"hit\" data-count=\"(\\d+)\"")).as(r.id() + " " + histogram)
                        .isEqualTo(r.hits());
                assertThat(sum(svg, "data-kind=\"miss\" data-count=\"(\\d+)\"")).as(r.id() + " " + histogram)
                        .isEqualTo(r.misses());
            }
            String hitRate = chart(section, "hit-rate");
            assertThat(sum(hitRate, "data-window-hits=\"(\\d+)\"")).as(r.id()).isEqualTo(r.hits());
            assertThat(sum(hitRate, "data-window-requests=\"(\\d+)\"")).as(r.id()).isEqualTo(r.requests());
        }
    }

    /** Regression: the ideal line was drawn first, so where it equalled the measured line it was hidden. */
    @Test
    void hitRateChart_drawsTheIdealLineLast_andDashed() {
        String hitRate = Charts.hitRate(results.get(0));

        int ideal = hitRate.indexOf("<polyline class=\"ideal\"");
        assertThat(ideal).isPositive().isGreaterThan(hitRate.indexOf("<polyline class=\"cumulative\""))
                .isGreaterThan(hitRate.lastIndexOf("<circle"));
        assertThat(hitRate.lastIndexOf("<polyline")).isEqualTo(ideal);
        assertThat(hitRate.substring(ideal, hitRate.indexOf("/>", ideal))).contains("stroke-dasharray");
    }

    @Test
    void serviceSideTimes_areTheServicesOwn_positive_andBelowTheEndToEndTimes() {
        for (ScenarioResult r : results) {
            for (int i = 0; i < r.requests(); i++) {
                assertThat(r.serviceMs(i)).as(r.id() + " request " + i).isPositive()
                        .isLessThan(r.latencyNanos(i) / 1e6);
            }
        }
    }

    private static String chart(String section, String kind) {
        Matcher m = Pattern.compile("<svg [^>]*class=\"chart " + kind + "\"(.*?)</svg>", Pattern.DOTALL).matcher(section);
        assertThat(m.find()).as("chart " + kind).isTrue();
        return m.group(1);
    }

    private static String section(String html, String id) {
        Matcher m = Pattern.compile("<section class=\"scenario\" id=\"scenario-" + id + "\">(.*?)</section>",
                Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("section " + id).isTrue();
        return m.group(1);
    }

    private static Map<String, String> metrics(String section) {
        Map<String, String> metrics = new HashMap<>();
        Matcher m = Pattern.compile("data-metric=\"([a-z0-9-]+)\">([^<]*)<").matcher(section);
        while (m.find()) {
            metrics.put(m.group(1), m.group(2));
        }
        return metrics;
    }

    private static int sum(String section, String regex) {
        Matcher m = Pattern.compile(regex).matcher(section);
        int total = 0;
        while (m.find()) {
            total += Integer.parseInt(m.group(1));
        }
        return total;
    }
}
