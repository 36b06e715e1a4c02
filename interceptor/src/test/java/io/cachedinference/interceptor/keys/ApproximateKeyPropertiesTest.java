package io.cachedinference.interceptor.keys;

import static io.cachedinference.interceptor.keys.ApproximatePropertyCases.anyInt;
import static io.cachedinference.interceptor.keys.ApproximatePropertyCases.cases;
import static io.cachedinference.interceptor.keys.ApproximatePropertyCases.index;
import static io.cachedinference.interceptor.keys.ApproximatePropertyCases.levels;
import static io.cachedinference.interceptor.keys.ApproximatePropertyCases.showLevels;
import static io.cachedinference.interceptor.keys.ApproximatePropertyCases.showWords;
import static io.cachedinference.interceptor.keys.ApproximatePropertyCases.step;
import static io.cachedinference.interceptor.keys.ApproximatePropertyCases.words;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the approximate generators treat as equal, and as different, over generated inputs.
 *
 * <p>Each property runs over cases from the fixed {@link #SEED} ({@value #CASES} each, and
 * {@value #FRAMES} for the fingerprints, whose frames are large); see {@link ApproximatePropertyCases}
 * for what the values favour. A failure names its case, as {@code [index] description}, in the test
 * name and the assertion message, and the same index draws the same values on every run.
 */
final class ApproximateKeyPropertiesTest {

    private static final String NS = "properties/approximate/1";
    private static final long SEED = 0x6170_7072_6F78_2D31L;
    private static final int CASES = 400;
    private static final int FRAMES = 100;

    static Stream<Arguments> perturbations() {
        return cases(SEED, CASES, (i, r) -> {
            List<Integer> levels = levels(r, 1, 256);
            double step = step(r);
            long seed = r.nextLong();
            return argumentSet("step " + step + ", " + showLevels(levels) + ", noise seed " + seed, levels, step, seed);
        });
    }

    /** Each element sits on a multiple of the step and moves less than 0.4 of a step: well inside its bucket. */
    @ParameterizedTest
    @MethodSource("perturbations")
    void quantizedKeys_areEqual_forPerturbationsWellInsideAStep(List<Integer> levels, double step, long seed,
            TestInfo test) {
        Random r = new Random(seed);
        float[] exact = new float[levels.size()];
        float[] perturbed = new float[levels.size()];
        for (int i = 0; i < exact.length; i++) {
            exact[i] = (float) (levels.get(i) * step);
            perturbed[i] = (float) ((levels.get(i) + (r.nextDouble() - 0.5) * 0.8) * step);
        }
        QuantizedTensorKey key = quantizer(step);

        assertThat(key.generate(NS, new Object[] {perturbed})).as(test.getDisplayName())
                .isEqualTo(key.generate(NS, new Object[] {exact}));
    }

    static Stream<Arguments> wholeSteps() {
        return cases(SEED, CASES, (i, r) -> {
            List<Integer> levels = levels(r, 1, 256);
            double step = step(r);
            int index = index(r, levels.size());
            return argumentSet("step " + step + ", " + showLevels(levels) + ", [" + index + "] = " + levels.get(index)
                    + " + 1", levels, step, index);
        });
    }

    @ParameterizedTest
    @MethodSource("wholeSteps")
    void quantizedKeys_differ_whenOneElementMovesAWholeStep(List<Integer> levels, double step, int index,
            TestInfo test) {
        float[] exact = new float[levels.size()];
        for (int i = 0; i < exact.length; i++) {
            exact[i] = (float) (levels.get(i) * step);
        }
        float[] moved = exact.clone();
        moved[index] = (float) ((levels.get(index) + 1) * step);
        QuantizedTensorKey key = quantizer(step);

        assertThat(key.generate(NS, new Object[] {moved})).as(test.getDisplayName())
                .isNotEqualTo(key.generate(NS, new Object[] {exact}));
    }

    /**
     * Sensor noise of σ = 0.01 (of the 0–1 range) keeps most fingerprints; measured 98 % on 1,000
     * frames, so the 85 % bound fails only if robustness really dropped, not by chance. A bound on
     * the share of all {@value #FRAMES} cases, so one test rather than one per case.
     */
    @Test
    void fingerprints_areEqual_underSmallNoise() {
        record Shot(int scene, long noise) {
        }
        List<Shot> shots = cases(SEED, FRAMES, (i, r) -> new Shot(anyInt(r), r.nextLong())).collect(Collectors.toList());

        List<Shot> lost = shots.stream().filter(s -> {
            float[] frame = Scenes.frame(s.scene(), s.scene());
            return Scenes.fingerprint(Scenes.reshoot(frame, new Random(s.noise()), 0.01, 1, 0))
                    != Scenes.fingerprint(frame);
        }).collect(Collectors.toList());

        double keptPercent = 100.0 * (shots.size() - lost.size()) / shots.size();
        assertThat(keptPercent).as("%% of %d fingerprints kept; lost: %s", shots.size(), lost)
                .isGreaterThanOrEqualTo(85);
    }

    static Stream<Arguments> scenePairs() {
        return cases(SEED, FRAMES, (i, r) -> {
            int a = anyInt(r);
            int b = anyInt(r);
            while (b == a) {
                b = anyInt(r);
            }
            return argumentSet("scenes " + a + " and " + b, a, b);
        });
    }

    /** Seeds are ints: {@link Random} keeps only 48 bits of a long seed, so two longs could draw one scene. */
    @ParameterizedTest
    @MethodSource("scenePairs")
    void fingerprints_differ_acrossGeneratedScenes(int a, int b, TestInfo test) {
        assertThat(Scenes.fingerprint(Scenes.frame(b, b))).as(test.getDisplayName())
                .isNotEqualTo(Scenes.fingerprint(Scenes.frame(a, a)));
    }

    static Stream<Arguments> paddedWords() {
        return cases(SEED, CASES, (i, r) -> {
            List<String> words = words(r);
            int spaces = r.nextInt(1, 5);
            return argumentSet(showWords(words) + ", " + spaces + " spaces between", words, spaces);
        });
    }

    @ParameterizedTest
    @MethodSource("paddedWords")
    void normalizedText_ignoresSurroundingAndRepeatedWhitespace(List<String> words, int spaces, TestInfo test) {
        NormalizedTextKey key = new NormalizedTextKey();
        String plain = String.join(" ", words);
        String padded = "\u3000" + String.join(" ".repeat(spaces), words) + " \t";

        assertThat(key.generate(NS, new Object[] {padded})).as(test.getDisplayName())
                .isEqualTo(key.generate(NS, new Object[] {plain}));
    }

    private static QuantizedTensorKey quantizer(double step) {
        return new QuantizedTensorKey(step) {
        };
    }
}
