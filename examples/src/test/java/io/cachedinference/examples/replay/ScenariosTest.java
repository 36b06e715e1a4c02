package io.cachedinference.examples.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cachedinference.examples.search.NormalizedText;
import io.cachedinference.examples.search.ProductCatalogue;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The scenarios' traces: deterministic, and shaped as their descriptions say. */
final class ScenariosTest {

    @Test
    void seed_repeatsAreExactCopies_andTheTraceIsTheSameForTheSameSeed() {
        SeedScenario a = new SeedScenario(7, 3, 1L);
        SeedScenario b = new SeedScenario(7, 3, 1L);
        Map<String, float[]> byGroup = new HashMap<>();

        assertThat(a.size()).isEqualTo(10);
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.group(i)).isEqualTo(b.group(i));
            float[] input = a.input(i);
            float[] earlier = byGroup.putIfAbsent(a.group(i), input);
            if (earlier != null) {
                assertThat(input).containsExactly(earlier);
            }
        }
        assertThat(byGroup).hasSize(7);
    }

    @Test
    void camera_framesOfOneSubjectLookAlikeButNeverRepeatTheirBits() {
        CameraScenario camera = new CameraScenario(12, 25L);
        float[] first = camera.input(0);
        float[] second = camera.input(1);

        assertThat(camera.size()).isEqualTo(12 * CameraScenario.FPS);
        assertThat(camera.subjectOf(1)).isEqualTo(camera.subjectOf(0));
        assertThat(second).isNotEqualTo(first);
        assertThat(meanAbsoluteDifference(first, second)).isLessThan(0.05);
        assertThat(camera.input(0)).containsExactly(new CameraScenario(12, 25L).input(0));
        for (float v : first) {
            assertThat(v * 255).isCloseTo(Math.round(v * 255), within(1e-3f));
        }
        int other = 0;
        while (camera.subjectOf(other) == camera.subjectOf(0)) {
            other++;
        }
        assertThat(other).isGreaterThanOrEqualTo(CameraScenario.FPS);
        assertThat(meanAbsoluteDifference(first, camera.input(other))).isGreaterThan(0.05);
        assertThat(java.util.stream.IntStream.range(0, camera.size()).map(camera::subjectOf).distinct().count())
                .isEqualTo(CameraScenario.SUBJECTS);
    }

    @Test
    void zipf_rankOneIsDrawnInProportionToOneOverHn() {
        int n = 292;
        ZipfSampler zipf = new ZipfSampler(n, 1.0);
        double harmonic = 0;
        for (int k = 1; k <= n; k++) {
            harmonic += 1.0 / k;
        }
        Random random = new Random(3L);
        int[] counts = new int[n];
        for (int i = 0; i < 100_000; i++) {
            counts[zipf.next(random)]++;
        }

        assertThat(zipf.probability(0)).isCloseTo(1 / harmonic, within(1e-12));
        assertThat(counts[0] / 100_000.0).isCloseTo(1 / harmonic, within(0.01));
        assertThat(counts[1] / 100_000.0).isCloseTo(0.5 / harmonic, within(0.01));
        assertThat(counts[n - 1]).isPositive();
    }

    @Test
    void queryVariants_allNormalizeToTheQuery_inTheirShares() {
        Random random = new Random(5L);
        Map<QueryVariants.Kind, Integer> kinds = new EnumMap<>(QueryVariants.Kind.class);
        for (int round = 0; round < 20; round++) {
            for (String query : ProductCatalogue.standard().queries()) {
                QueryVariants.Kind kind = QueryVariants.pick(random);
                kinds.merge(kind, 1, Integer::sum);
                String variant = QueryVariants.apply(kind, query, random);
                assertThat(NormalizedText.normalize(variant)).as(kind + " of " + query)
                        .isEqualTo(NormalizedText.normalize(query));
            }
        }
        int total = kinds.values().stream().mapToInt(Integer::intValue).sum();
        for (QueryVariants.Kind kind : QueryVariants.Kind.values()) {
            assertThat(kinds.get(kind) * 100.0 / total).as(kind.name()).isCloseTo(kind.percent, within(3.0));
        }
        assertThat(QueryVariants.fullWidth("iPhone 15")).isEqualTo("ｉＰｈｏｎｅ\u3000１５");
    }

    @Test
    void search_theMostPopularQueryLeads_andVariantsAreSent() {
        SearchScenario search = new SearchScenario(2000, 10_000L);
        Map<String, Integer> groups = new HashMap<>();
        long variants = 0;
        for (int i = 0; i < search.size(); i++) {
            groups.merge(search.group(i), 1, Integer::sum);
            variants += search.input(i).equals(NormalizedText.normalize(search.input(i))) ? 0 : 1;
        }

        assertThat(groups.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey())
                .isEqualTo("手机壳");
        assertThat(variants).isGreaterThan(search.size() / 3);
    }

    private static double meanAbsoluteDifference(float[] a, float[] b) {
        double total = 0;
        for (int i = 0; i < a.length; i++) {
            total += Math.abs(a[i] - b[i]);
        }
        return total / a.length;
    }
}
