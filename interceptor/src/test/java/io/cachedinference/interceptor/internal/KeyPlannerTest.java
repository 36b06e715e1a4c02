package io.cachedinference.interceptor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.api.CacheKey;
import io.cachedinference.api.KeyGenerator;
import io.cachedinference.interceptor.internal.core.BatchShape;
import io.cachedinference.interceptor.internal.core.KeyRecipe;
import io.cachedinference.interceptor.internal.validation.UnkeyableParameterException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

    private final List<RuntimeException> problems = new ArrayList<>();
    private final KeyPlanner planner = new KeyPlanner(new DeploymentPlannerTest.CdiFreeGenerators(), problems::add);

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

    private Optional<KeyRecipe> recipe(String name) {
        return planner.recipe(method(name), KeyGenerator.class, "cache", "", "", null);
    }

    private static BatchShape batch(Method m) {
        return BatchShape.of(m, new ArrayList<>()).orElseThrow();
    }

    private static Method method(String name) {
        return Arrays.stream(Beans.class.getMethods()).filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
    }
}
