package io.cachedinference.examples.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cachedinference.api.InferenceKey;
import java.util.List;
import org.junit.jupiter.api.Test;

final class NormalizedTextKeyGeneratorTest {

    private final NormalizedTextKeyGenerator keys = new NormalizedTextKeyGenerator();

    @Test
    void normalizedEqualQueries_shareOneKey() {
        InferenceKey key = key("手机壳");

        for (String variant : List.of(" 手机壳 ", "手机壳\u3000", "\u3000 手机壳")) {
            assertThat(key(variant)).isEqualTo(key).hasSameHashCodeAs(key);
        }
        assertThat(key("ＰＨＯＮＥ　ＣＡＳＥ")).isEqualTo(key("phone case"));
    }

    @Test
    void differentQueriesOrNamespaces_haveDifferentKeys() {
        assertThat(key("手机壳")).isNotEqualTo(key("耳机"));
        assertThat(keys.generate("search:2", new Object[] {"手机壳"})).isNotEqualTo(key("手机壳"));
    }

    @Test
    void argumentBoundaries_andNull_arePartOfTheKey() {
        assertThat(keys.generate("ns", new Object[] {"ab", "c"})).isNotEqualTo(keys.generate("ns", new Object[] {"a", "bc"}));
        assertThat(keys.generate("ns", new Object[] {null})).isNotEqualTo(keys.generate("ns", new Object[] {""}));
        assertThat(keys.generate("ns", new Object[] {null})).isEqualTo(keys.generate("ns", new Object[] {null}));
    }

    @Test
    void keyIsStable_acrossInstancesAndRuns() {
        // SHA-256 over a fixed layout: this digest must never change, or shared caches would split
        assertThat(new NormalizedTextKeyGenerator().generate("search", new Object[] {" 手机壳 "}).toString())
                .isEqualTo(key("手机壳").toString())
                .startsWith("search:").hasSize("search:".length() + 64);
    }

    @Test
    void keysTextOnly_atDeploymentAndAtRunTime() {
        assertThat(keys.canKey(String.class)).isTrue();
        assertThat(keys.canKey(StringBuilder.class)).isTrue();
        assertThat(keys.canKey(float[].class)).isFalse();
        assertThat(keys.canKey(Object.class)).isFalse();
        assertThatThrownBy(() -> keys.generate("search", new Object[] {42}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("argument 0 is a java.lang.Integer");
    }

    private InferenceKey key(String query) {
        return keys.generate("search", new Object[] {query});
    }
}
