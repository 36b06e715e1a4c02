package io.cachedinference.interceptor.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/** What the approximate generators treat as equal, and as different, over generated inputs. */
final class ApproximateKeyPropertiesTest {

    private static final String NS = "properties/approximate/1";

    @Provide
    Arbitrary<Double> steps() {
        return Arbitraries.of(1e-4, 1e-3, 1.0 / 256, 0.01, 0.1, 0.5);
    }

    /** Each element sits on a multiple of the step and moves less than 0.4 of a step: well inside its bucket. */
    @Property
    void quantizedKeys_areEqual_forPerturbationsWellInsideAStep(
            @ForAll @Size(min = 1, max = 256) List<@IntRange(min = -1000, max = 1000) Integer> levels,
            @ForAll("steps") double step, @ForAll long seed) {
        Random r = new Random(seed);
        float[] exact = new float[levels.size()];
        float[] perturbed = new float[levels.size()];
        for (int i = 0; i < exact.length; i++) {
            exact[i] = (float) (levels.get(i) * step);
            perturbed[i] = (float) ((levels.get(i) + (r.nextDouble() - 0.5) * 0.8) * step);
        }
        QuantizedTensorKey key = quantizer(step);

        assertThat(key.generate(NS, new Object[] {perturbed})).isEqualTo(key.generate(NS, new Object[] {exact}));
    }

    @Property
    void quantizedKeys_differ_whenOneElementMovesAWholeStep(
            @ForAll @Size(min = 1, max = 256) List<@IntRange(min = -1000, max = 1000) Integer> levels,
            @ForAll("steps") double step, @ForAll @IntRange(min = 0, max = 255) int index) {
        float[] exact = new float[levels.size()];
        for (int i = 0; i < exact.length; i++) {
            exact[i] = (float) (levels.get(i) * step);
        }
        float[] moved = exact.clone();
        int i = index % moved.length;
        moved[i] = (float) ((levels.get(i) + 1) * step);
        QuantizedTensorKey key = quantizer(step);

        assertThat(key.generate(NS, new Object[] {moved})).isNotEqualTo(key.generate(NS, new Object[] {exact}));
    }

    /**
     * Sensor noise of σ = 0.01 (of the 0–1 range) keeps most fingerprints; measured 98 % on 1,000
     * frames, so the 85 % bound fails only if robustness really dropped, not by chance.
     */
    @Property(tries = 100)
    void fingerprints_areEqual_underSmallNoise(@ForAll int scene, @ForAll long noise) {
        float[] frame = Scenes.frame(scene, scene);
        boolean kept = Scenes.fingerprint(Scenes.reshoot(frame, new Random(noise), 0.01, 1, 0))
                == Scenes.fingerprint(frame);

        Statistics.label("kept").collect(kept);
        Statistics.label("kept").coverage(c -> c.check(true).percentage(p -> p >= 85));
    }

    /** Seeds are ints: {@link Random} keeps only 48 bits of a long seed, so two longs could draw one scene. */
    @Property(tries = 100)
    void fingerprints_differ_acrossGeneratedScenes(@ForAll int a, @ForAll int b) {
        Assume.that(a != b);

        assertThat(Scenes.fingerprint(Scenes.frame(b, b))).isNotEqualTo(Scenes.fingerprint(Scenes.frame(a, a)));
    }

    @Property
    void normalizedText_ignoresSurroundingAndRepeatedWhitespace(@ForAll("words") List<String> words,
            @ForAll @IntRange(min = 1, max = 4) int spaces) {
        NormalizedTextKey key = new NormalizedTextKey();
        String plain = String.join(" ", words);
        String padded = "\u3000" + String.join(" ".repeat(spaces), words) + " \t";

        assertThat(key.generate(NS, new Object[] {padded})).isEqualTo(key.generate(NS, new Object[] {plain}));
    }

    @Provide
    Arbitrary<List<String>> words() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('一', '龥').ofMinLength(1).ofMaxLength(6)
                .list().ofMinSize(1).ofMaxSize(5);
    }

    private static QuantizedTensorKey quantizer(double step) {
        return new QuantizedTensorKey(step) {
        };
    }
}
