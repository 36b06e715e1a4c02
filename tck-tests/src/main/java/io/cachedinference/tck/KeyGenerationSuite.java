package io.cachedinference.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.cachedinference.api.InferenceKey;
import io.cachedinference.tck.beans.invalid.ForeignTypeKeyerBean;
import io.cachedinference.tck.beans.invalid.NoConstructorGeneratorBean;
import io.cachedinference.tck.beans.invalid.UnkeyableParameterBean;
import io.cachedinference.tck.beans.keys.ApproximateModel;
import io.cachedinference.tck.beans.keys.GeneratorModel;
import io.cachedinference.tck.beans.keys.HalfStepQuantizer;
import io.cachedinference.tck.beans.keys.KeySalt;
import io.cachedinference.tck.beans.keys.KeyedModel;
import io.cachedinference.tck.beans.keys.Lifecycle;
import io.cachedinference.tck.beans.keys.PlainKeyGenerator;
import io.cachedinference.tck.beans.keys.SaltedKeyGenerator;
import io.cachedinference.tck.beans.keys.Tensor;
import io.cachedinference.tck.beans.keys.TensorKeyer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import javax.cache.Cache;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How keys are derived, end to end through the provider: {@code @CacheKey}, an application's
 * {@code ArgumentKeyer} bean, the SHA-256 digest chosen by configuration, key generator lifecycle,
 * and the built-in approximate generators.
 */
public abstract class KeyGenerationSuite {

    /** The provider under test. */
    protected abstract ProviderFixture fixture();

    @BeforeEach
    void resetLifecycle() {
        Lifecycle.reset();
    }

    @Test
    void cacheKey_unmarkedArgumentsNeitherMissNorFailDeployment() {
        try (KitContainer c = KitContainer.start(fixture(), KeyedModel.class, TensorKeyer.class)) {
            KeyedModel model = c.select(KeyedModel.class);

            model.classify("request-1", new float[] {1, 2}, "en", Thread.currentThread());
            String second = model.classify("request-2", new float[] {1, 2}, "en", new Thread(() -> { }));
            model.classify("request-3", new float[] {1, 2}, "de", Thread.currentThread());

            assertThat(second).isEqualTo("class-2@en");
            assertThat(model.runs()).containsExactly("classify:request-1", "classify:request-3");
        }
    }

    @Test
    void cacheKey_invalidateTakesTheCallsArguments_andOnlyTheKeyOnesMatter() {
        try (KitContainer c = KitContainer.start(fixture(), KeyedModel.class, TensorKeyer.class)) {
            KeyedModel model = c.select(KeyedModel.class);
            model.classify("request-1", new float[] {1}, "en", Thread.currentThread());

            c.caches().invalidate("tck-cache-key", "another-request", new float[] {1}, "en", null);
            model.classify("request-2", new float[] {1}, "en", Thread.currentThread());

            assertThat(model.runs()).containsExactly("classify:request-1", "classify:request-2");
        }
    }

    @Test
    void cacheKey_batchItemsBelongToTheKey_andSingleCallsHitWhatABatchStored() {
        try (KitContainer c = KitContainer.start(fixture(), KeyedModel.class, TensorKeyer.class)) {
            KeyedModel model = c.select(KeyedModel.class);

            assertThat(model.labelAll("r1", List.of("a", "b"), "en")).containsExactly("A@en", "B@en");
            assertThat(model.label("r2", "b", "en")).isEqualTo("B@en");
            assertThat(model.labelAll("r3", List.of("b", "c"), "en")).containsExactly("B@en", "C@en");
            assertThat(model.label("r4", "b", "tr")).isEqualTo("B@tr");

            assertThat(model.runs()).containsExactly("labelAll:[a, b]", "labelAll:[c]", "label:b");
        }
    }

    @Test
    void argumentKeyerBean_makesAnApplicationTypeKeyable_byItsContent() {
        try (KitContainer c = KitContainer.start(fixture(), KeyedModel.class, TensorKeyer.class)) {
            KeyedModel model = c.select(KeyedModel.class);

            model.infer(Tensor.of(1, 2, 3));
            model.infer(new Tensor(new int[] {3}, new float[] {9, 1, 2, 3}, 1));
            model.infer(Tensor.of(1, 2, 4));

            assertThat(model.runs()).hasSize(2);
        }
    }

    @Test
    void withoutItsKeyer_anApplicationType_failsDeployment() {
        List<Throwable> problems = problems(Map.of(), KeyedModel.class);

        assertThat(DeploymentProblems.withId(problems, "CI-103")).singleElement()
                .extracting(Throwable::getMessage).asString()
                .contains(Tensor.class.getName()).contains("ArgumentKeyer");
    }

    @Test
    void keyerForABuiltInType_failsDeployment() {
        List<Throwable> problems = problems(Map.of(), ForeignTypeKeyerBean.class, UnkeyableParameterBean.class);

        assertThat(DeploymentProblems.withId(problems, "CI-105")).singleElement()
                .extracting(Throwable::getMessage).asString()
                .contains(ForeignTypeKeyerBean.class.getName()).contains("java.lang.String");
        assertThat(DeploymentProblems.withId(problems, "CI-103")).isNotEmpty();
    }

    @Test
    void sha256SelectedByConfiguration_keysAndHitsEndToEnd() {
        try (KitContainer c = KitContainer.start(fixture(), Map.of("cached-inference.cache.tck-sha.digest", "sha-256"),
                KeyedModel.class, TensorKeyer.class)) {
            KeyedModel model = c.select(KeyedModel.class);

            model.score(new float[] {1, 2, 3});
            float[] hit = model.score(new float[] {1, 2, 3});
            model.score(new float[] {1, 2, 4});

            assertThat(hit).containsExactly(1, 2, 3);
            assertThat(model.runs()).hasSize(2);
            assertThat(digestLengths(c, "tck-sha")).containsExactly(32);
            model.infer(Tensor.of(1));
            assertThat(digestLengths(c, "tck-keyer")).containsExactly(16);
        }
    }

    @Test
    void invalidDigest_failsDeployment_namingKeyAndValue() {
        List<Throwable> problems = problems(Map.of("cached-inference.cache.tck-sha.digest", "md5"),
                KeyedModel.class, TensorKeyer.class);

        assertThat(DeploymentProblems.withId(problems, "CI-106")).singleElement()
                .extracting(Throwable::getMessage).asString()
                .contains("cached-inference.cache.tck-sha.digest=md5").contains("sha-256");
    }

    @Test
    void dependentGeneratorBean_oneInstancePerMethod_injected_andDestroyedAtShutdown() {
        KitContainer c = KitContainer.start(fixture(), GeneratorModel.class, SaltedKeyGenerator.class, KeySalt.class);
        List<String> created;
        try {
            GeneratorModel model = c.select(GeneratorModel.class);
            model.first("x");
            model.first("x");
            model.first("y");
            model.second("x");
            model.second("x");

            created = Lifecycle.of(SaltedKeyGenerator.class, Lifecycle.CREATED);
            assertThat(created).hasSize(2).doesNotHaveDuplicates();
            assertThat(Lifecycle.CONFIGURED_FOR).contains("tck-salted-a", "tck-salted-b");
            // the salt came from the injected bean: without it, generate() would have thrown and the calls
            // would have run uncached, five times
            assertThat(model.runs()).isEqualTo(3);
            // each method's five calls all went through one of the two instances: 3 and 2 calls
            assertThat(counts(Lifecycle.of(SaltedKeyGenerator.class, Lifecycle.GENERATED_BY)).values())
                    .containsExactlyInAnyOrder(3L, 2L);
            assertThat(Lifecycle.GENERATED_BY).allMatch(created::contains);
            assertThat(Lifecycle.DESTROYED).isEmpty();
        } finally {
            c.close();
        }

        assertThat(Lifecycle.DESTROYED).containsExactlyInAnyOrderElementsOf(created);
    }

    @Test
    void plainGenerator_isConstructedOncePerMethod_andKeysEveryCallOfIt() {
        try (KitContainer c = KitContainer.start(fixture(), GeneratorModel.class, SaltedKeyGenerator.class,
                KeySalt.class)) {
            GeneratorModel model = c.select(GeneratorModel.class);
            for (int i = 0; i < 3; i++) {
                model.third("x");
                model.fourth("x");
            }

            List<String> plain = Lifecycle.of(PlainKeyGenerator.class, Lifecycle.CREATED);
            assertThat(plain).hasSize(2).doesNotHaveDuplicates();
            assertThat(counts(Lifecycle.GENERATED_BY)).isEqualTo(Map.of(plain.get(0), 3L, plain.get(1), 3L));
            assertThat(model.runs()).isEqualTo(2);
        }
    }

    private static Map<String, Long> counts(List<String> entries) {
        return entries.stream().collect(Collectors.groupingBy(e -> e, Collectors.counting()));
    }

    @Test
    void generatorWithoutPublicConstructorOrBean_failsDeployment_namingItAndTheFix() {
        List<Throwable> problems = problems(Map.of(), NoConstructorGeneratorBean.class);

        assertThat(DeploymentProblems.withId(problems, "CI-104")).singleElement()
                .extracting(Throwable::getMessage).asString()
                .contains(NoConstructorGeneratorBean.NeedsSalt.class.getName())
                .contains("public no-argument constructor").contains("infer(java.lang.String)");
    }

    @Test
    void quantizedTensorKey_configuredStep_sharesKeysWithinAStep() {
        try (KitContainer c = KitContainer.start(fixture(),
                Map.of("cached-inference.cache.tck-quantized.quantization-step", "0.1"),
                ApproximateModel.class, HalfStepQuantizer.class)) {
            ApproximateModel model = c.select(ApproximateModel.class);

            model.embed(new float[] {0.98f, -0.51f});
            float[] hit = model.embed(new float[] {1.02f, -0.49f});
            model.embed(new float[] {1.2f, -0.5f});

            assertThat(hit).containsExactly(0.98f, -0.51f);
            assertThat(model.runs()).isEqualTo(2);
        }
    }

    @Test
    void quantizedTensorKey_subclassBean_passesItsStep() {
        try (KitContainer c = KitContainer.start(fixture(), ApproximateModel.class, HalfStepQuantizer.class)) {
            ApproximateModel model = c.select(ApproximateModel.class);

            model.embedCoarsely(new float[] {0.9f});
            model.embedCoarsely(new float[] {1.2f});
            model.embedCoarsely(new float[] {1.4f});

            assertThat(model.runs()).isEqualTo(2);
        }
    }

    @Test
    void invalidQuantizationStep_failsDeployment_namingKeyAndValue() {
        List<Throwable> problems = problems(Map.of("cached-inference.cache.tck-quantized.quantization-step", "0"),
                ApproximateModel.class, HalfStepQuantizer.class);

        assertThat(DeploymentProblems.withId(problems, "CI-104")).singleElement()
                .extracting(Throwable::getMessage).asString()
                .contains("cached-inference.cache.tck-quantized.quantization-step=0").contains("positive");
    }

    @Test
    void normalizedTextKey_sharesKeysAcrossSpacingAndWidth() {
        try (KitContainer c = KitContainer.start(fixture(), ApproximateModel.class, HalfStepQuantizer.class)) {
            ApproximateModel model = c.select(ApproximateModel.class);

            model.search("手机壳");
            model.search(" 手机壳 ");
            model.search("手机壳\u3000");
            model.search("ｉＰｈｏｎｅ　手机壳");
            model.search("iPhone 手机壳");

            assertThat(model.runs()).isEqualTo(2);
        }
    }

    @Test
    void imageFingerprintKey_sharesKeysAcrossExposure_notAcrossScenes() {
        try (KitContainer c = KitContainer.start(fixture(), ApproximateModel.class, HalfStepQuantizer.class)) {
            ApproximateModel model = c.select(ApproximateModel.class);
            float[] frame = frame(0);

            model.describe(frame);
            model.describe(exposed(frame, 1.04f, -0.02f));
            model.describe(frame(1));

            assertThat(model.runs()).isEqualTo(2);
        }
    }

    /** A 3x64x64 CHW frame: a diagonal gradient with a bright square whose place depends on {@code scene}. */
    private static float[] frame(int scene) {
        int side = 64;
        float[] f = new float[3 * side * side];
        for (int k = 0; k < 3; k++) {
            for (int y = 0; y < side; y++) {
                for (int x = 0; x < side; x++) {
                    boolean square = scene == 0 ? x < 24 && y < 24 : x > 40 && y > 30;
                    f[k * side * side + y * side + x] = square ? 0.9f : (x + y) / (4f * side) + 0.1f * k;
                }
            }
        }
        return f;
    }

    private static float[] exposed(float[] frame, float gain, float offset) {
        float[] out = new float[frame.length];
        for (int i = 0; i < frame.length; i++) {
            out[i] = frame[i] * gain + offset;
        }
        return out;
    }

    private static List<Integer> digestLengths(KitContainer c, String cacheName) {
        Cache<InferenceKey, Object> cache = c.cache(cacheName);
        return StreamSupport.stream(cache.spliterator(), false).map(e -> e.getKey().digest().length).distinct()
                .collect(Collectors.toList());
    }

    private List<Throwable> problems(Map<String, String> config, Class<?>... beans) {
        Throwable failure = catchThrowable(() -> KitContainer.start(fixture(), config, beans).close());
        assertThat(failure).as("deployment must fail").isNotNull();
        return DeploymentProblems.flatten(failure);
    }
}
