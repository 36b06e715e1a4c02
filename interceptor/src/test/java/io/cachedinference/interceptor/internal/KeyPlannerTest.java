package io.cachedinference.interceptor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.api.CacheKey;
import io.cachedinference.api.CachedInference;
import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.KeyDigest;
import io.cachedinference.api.KeyGenerator;
import io.cachedinference.api.KeyGeneratorContext;
import io.cachedinference.interceptor.internal.config.ConfigSource;
import io.cachedinference.interceptor.internal.config.MapConfigSource;
import io.cachedinference.interceptor.internal.key.ContentKeyGenerator;
import io.cachedinference.interceptor.internal.validation.ConflictingCachePolicyException;
import io.cachedinference.interceptor.internal.validation.InvalidSettingException;
import io.cachedinference.interceptor.internal.validation.KeyGeneratorCreationException;
import io.cachedinference.interceptor.internal.config.CachedInferenceConfig;
import io.cachedinference.interceptor.internal.key.Keyers;
import io.cachedinference.interceptor.internal.core.BatchShape;
import io.cachedinference.interceptor.internal.core.KeyRecipe;
import io.cachedinference.interceptor.internal.validation.UnkeyableParameterException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Key-parameter positions and the parameter checks, computed once per method at deployment. */
final class KeyPlannerTest {

    @SuppressWarnings("unused")
    static class Beans {
        public float[] all(float[] input, String locale) {
            return input;
        }

        public float[] marked(String requestId, @CacheKey float[] input, Thread worker, @CacheKey String locale) {
            return input;
        }

        public List<float[]> batchItemsUnmarked(String requestId, List<float[]> inputs, @CacheKey String locale) {
            return inputs;
        }

        public List<float[]> batchItemsMarked(@CacheKey List<float[]> inputs, String requestId) {
            return inputs;
        }

        public float[] unkeyableMarked(@CacheKey Thread worker, float[] input) {
            return input;
        }

        public float[] unkeyableUnmarked(Thread worker, float[] input) {
            return input;
        }
    }

    @CachedInference
    private static final class Annotated {
    }

    private static final CachedInference ANNOTATION = Annotated.class.getAnnotation(CachedInference.class);

    private final List<RuntimeException> problems = new ArrayList<>();
    private final KeyPlanner planner = new KeyPlanner(new CachedInferenceConfig(List.of()),
            new DeploymentPlannerTest.CdiFreeGenerators(), Keyers.none(), problems::add);

    @Test
    void noMarkedParameter_meansEveryArgument() {
        assertThat(KeyPlanner.keyPositions(method("all"), null)).isNull();
    }

    @Test
    void markedParameters_areTheKey_inDeclarationOrder() {
        assertThat(KeyPlanner.keyPositions(method("marked"), null)).containsExactly(1, 3);
    }

    @Test
    void batchItems_belongToTheKey_evenWhenUnmarked() {
        Method m = method("batchItemsUnmarked");

        assertThat(KeyPlanner.keyPositions(m, batch(m))).containsExactly(1, 2);
    }

    @Test
    void batchItems_markedThemselves_areNotCountedTwice() {
        Method m = method("batchItemsMarked");

        assertThat(KeyPlanner.keyPositions(m, batch(m))).containsExactly(0);
    }

    @Test
    void unmarkedParameterOfAnUnkeyableType_doesNotFailDeployment() {
        Optional<KeyRecipe> recipe = recipe("marked");

        assertThat(problems).isEmpty();
        assertThat(recipe).isPresent();
    }

    @Test
    void markedParameterOfAnUnkeyableType_failsDeployment_namingItAndCacheKey() {
        Optional<KeyRecipe> recipe = recipe("unkeyableMarked");

        assertThat(recipe).isEmpty();
        assertThat(problems).singleElement().isInstanceOf(UnkeyableParameterException.class)
                .extracting(Throwable::getMessage).asString()
                .contains("parameter 0 ('worker', type java.lang.Thread)").contains("@CacheKey");
    }

    @Test
    void unkeyableParameter_withoutAnyMark_failsDeployment() {
        recipe("unkeyableUnmarked");

        assertThat(problems).singleElement().isInstanceOf(UnkeyableParameterException.class);
    }

    @Test
    void digestFromConfiguration_selectsTheSha256ContentKey() {
        KeyPlanner configured = planner(Map.of("cached-inference.cache.cache.digest", "SHA-256"));

        KeyRecipe recipe = configured.recipe(method("all"), ANNOTATION, "cache", "", null).orElseThrow();

        assertThat(recipe.generator()).isInstanceOfSatisfying(ContentKeyGenerator.class,
                g -> assertThat(g.digest()).isEqualTo(KeyDigest.SHA_256));
        assertThat(recipe.generator().generate("ns", new Object[] {new float[] {1}, "en"}).digest()).hasSize(32);
    }

    @Test
    void digestFromTheAnnotation_isUsedWithoutConfiguration() {
        KeyRecipe recipe = planner.recipe(method("all"), annotation("sha"), "cache", "", null).orElseThrow();

        assertThat(((ContentKeyGenerator) recipe.generator()).digest()).isEqualTo(KeyDigest.SHA_256);
    }

    @Test
    void invalidDigest_failsDeployment_namingKeyValueAndTheChoices() {
        KeyPlanner configured = planner(Map.of("cached-inference.cache.cache.digest", "md5"));

        assertThat(configured.recipe(method("all"), ANNOTATION, "cache", "", null)).isEmpty();
        assertThat(problems).singleElement().isInstanceOf(InvalidSettingException.class)
                .extracting(Throwable::getMessage).asString()
                .contains("cached-inference.cache.cache.digest=md5").contains("[xxh3-128, sha-256]")
                .contains("all(float[],java.lang.String)");
    }

    @Test
    void methodsSharingACache_withDifferentDigests_failDeployment() {
        planner.recipe(method("all"), ANNOTATION, "shared", "", null);
        planner.recipe(method("marked"), annotation("sha"), "shared", "", null);

        assertThat(problems).singleElement().isInstanceOf(ConflictingCachePolicyException.class)
                .extracting(Throwable::getMessage).asString()
                .contains("'shared'").contains("xxh3-128").contains("sha-256");
    }

    /** Records every instance and what configure() told it. */
    public static final class Configurable implements KeyGenerator {
        static final List<Configurable> CREATED = new ArrayList<>();
        KeyGeneratorContext context;
        int configured;

        public Configurable() {
            CREATED.add(this);
        }

        @Override
        public void configure(KeyGeneratorContext context) {
            this.context = context;
            configured++;
            context.setting("salt").filter(v -> v.equals("bad")).ifPresent(v -> {
                throw new IllegalArgumentException(context.settingKey("salt") + "=" + v + " is not a salt");
            });
        }

        @Override
        public InferenceKey generate(String namespace, Object[] arguments) {
            return context.contentKey().generate(namespace, arguments);
        }
    }

    @Test
    void customGenerator_isCreatedAndConfiguredOncePerMethod_withItsCache() {
        Configurable.CREATED.clear();
        KeyPlanner configured = planner(Map.of("cached-inference.cache.tenant-a.salt", "pepper",
                "cached-inference.cache.tenant-a.digest", "sha-256"));

        KeyGenerator first = configured.recipe(method("all"), annotation("custom"), "tenant-a", "", null)
                .orElseThrow().generator();
        KeyGenerator second = configured.recipe(method("marked"), annotation("custom"), "other", "", null)
                .orElseThrow().generator();

        assertThat(problems).isEmpty();
        assertThat(Configurable.CREATED).containsExactly((Configurable) first, (Configurable) second);
        Configurable a = (Configurable) first;
        assertThat(a.configured).isEqualTo(1);
        assertThat(a.context.cacheName()).isEqualTo("tenant-a");
        assertThat(a.context.setting("salt")).contains("pepper");
        assertThat(a.context.settingKey("salt")).isEqualTo("cached-inference.cache.tenant-a.salt");
        assertThat(a.generate("ns", new Object[] {"x"}).digest()).hasSize(32);
        assertThat(((Configurable) second).context.setting("salt")).isEmpty();
        assertThat(second.generate("ns", new Object[] {"x"}).digest()).hasSize(16);
    }

    @Test
    void generatorRejectingItsConfiguration_failsDeployment_withItsMessage() {
        KeyPlanner configured = planner(Map.of("cached-inference.cache.cache.salt", "bad"));

        assertThat(configured.recipe(method("all"), annotation("custom"), "cache", "", null)).isEmpty();
        assertThat(problems).singleElement().isInstanceOf(KeyGeneratorCreationException.class)
                .extracting(Throwable::getMessage).asString()
                .contains(Configurable.class.getName()).contains("cache 'cache'")
                .contains("cached-inference.cache.cache.salt=bad is not a salt");
    }

    @CachedInference(digest = KeyDigest.SHA_256)
    private static final class Sha {
    }

    @CachedInference(keyGenerator = Configurable.class)
    private static final class Custom {
    }

    private static CachedInference annotation(String which) {
        return (which.equals("sha") ? Sha.class : Custom.class).getAnnotation(CachedInference.class);
    }

    private KeyPlanner planner(Map<String, String> settings) {
        ConfigSource source = new MapConfigSource(settings, "test");
        return new KeyPlanner(new CachedInferenceConfig(List.of(source)), new DeploymentPlannerTest.CdiFreeGenerators(),
                Keyers.none(), problems::add);
    }

    private Optional<KeyRecipe> recipe(String name) {
        return planner.recipe(method(name), ANNOTATION, "cache", "", null);
    }

    private static BatchShape batch(Method m) {
        return BatchShape.of(m, new ArrayList<>()).orElseThrow();
    }

    private static Method method(String name) {
        return Arrays.stream(Beans.class.getMethods()).filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
    }
}
