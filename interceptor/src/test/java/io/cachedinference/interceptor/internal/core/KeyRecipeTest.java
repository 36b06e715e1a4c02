package io.cachedinference.interceptor.internal.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.KeyGenerator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class KeyRecipeTest {

    /** Records the arguments it was given. */
    private static final class Recording implements KeyGenerator {
        final List<Object[]> seen = new ArrayList<>();

        @Override
        public InferenceKey generate(String namespace, Object[] arguments) {
            seen.add(arguments);
            return new InferenceKey(namespace, new byte[8]);
        }
    }

    private final Recording generator = new Recording();

    @Test
    void withoutPositions_theCallsOwnArgumentsReachTheGenerator() {
        Object[] arguments = {"a", 1};

        new KeyRecipe("c", "", "", generator).keyFor(arguments);

        assertThat(generator.seen).singleElement().isSameAs(arguments);
    }

    @Test
    void withPositions_onlyTheKeyArgumentsReachTheGenerator_inOrder() {
        new KeyRecipe("c", "", "", generator, new int[] {1, 3}).keyFor(new Object[] {"request-7", "x", 0.5f, "en"});

        assertThat(generator.seen).singleElement().isEqualTo(new Object[] {"x", "en"});
    }

    @Test
    void withNoKeyParameterAtAll_theGeneratorGetsNoArguments() {
        new KeyRecipe("c", "", "", generator, new int[0]).keyFor(new Object[] {"request-7"});

        assertThat(generator.seen).singleElement().isEqualTo(new Object[0]);
    }

    @Test
    void covers_tellsWhetherEveryKeyArgumentIsPresent() {
        KeyRecipe recipe = new KeyRecipe("c", "", "", generator, new int[] {0, 2});

        assertThat(recipe.covers(new Object[] {"a", "b", "c"})).isTrue();
        assertThat(recipe.covers(new Object[] {"a", "b"})).isFalse();
        assertThat(new KeyRecipe("c", "", "", generator).covers(new Object[0])).isTrue();
    }
}
