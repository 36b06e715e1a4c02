package io.cachedinference.interceptor.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cachedinference.api.InferenceKey;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class NormalizedTextKeyTest {

    private static final String NS = "search/rerank/4";

    private final NormalizedTextKey key = new NormalizedTextKey();

    private InferenceKey keyOf(Object... arguments) {
        return key.generate(NS, arguments);
    }

    @Test
    void theIssuesExamples_shareOneKey() {
        InferenceKey expected = keyOf("手机壳");

        assertThat(keyOf(" 手机壳 ")).isEqualTo(expected);
        assertThat(keyOf("手机壳\u3000")).isEqualTo(expected);
        assertThat(keyOf("\u3000手机壳\t\n")).isEqualTo(expected);
        assertThat(keyOf(new StringBuilder("手机壳"))).isEqualTo(expected);
    }

    @Test
    void fullWidthLettersDigitsAndSpaces_shareTheKeyOfTheirPlainForms() {
        assertThat(keyOf("ｉＰｈｏｎｅ１５　手机壳")).isEqualTo(keyOf("iPhone15 手机壳"));
    }

    @Test
    void innerRunsOfWhitespace_collapseToOneSpace_butASpaceBetweenWordsStillMatters() {
        assertThat(keyOf("phone   \t case")).isEqualTo(keyOf("phone case"));
        assertThat(keyOf("phone case")).isNotEqualTo(keyOf("phonecase"));
    }

    @Test
    void composedAndDecomposedAccents_shareAKey() {
        assertThat(keyOf("caf\u00e9")).isEqualTo(keyOf("cafe\u0301"));
    }

    @Test
    void withoutCaseFolding_caseMatters() {
        assertThat(keyOf("iPhone")).isNotEqualTo(keyOf("iphone"));
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({"iPhone,IPHONE", "Straße,STRASSE", "ＡＢＣ,abc", "ΣΊΣΥΦΟΣ,σίσυφος"})
    void withCaseFolding_caseDoesNot(String a, String b) {
        NormalizedTextKey folding = new NormalizedTextKey(true) {
        };

        assertThat(folding.generate(NS, new Object[] {a})).isEqualTo(folding.generate(NS, new Object[] {b}));
    }

    @Test
    void caseFolding_canBeSwitchedOnByConfiguration_andRejectsOtherValues() {
        key.configure(TestContext.of("queries", Map.of("case-fold", "TRUE")));

        assertThat(key.caseFold()).isTrue();
        assertThat(keyOf("iPhone")).isEqualTo(keyOf("IPHONE"));
        assertThatThrownBy(() -> new NormalizedTextKey().configure(TestContext.of("queries", Map.of("case-fold", "yes"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cached-inference.cache.queries.case-fold=yes");
    }

    @Test
    void punctuationTraditionalCharactersAndOtherArguments_areKeptAsTheyAre() {
        assertThat(keyOf("手机壳!")).isNotEqualTo(keyOf("手机壳"));
        assertThat(keyOf("手機殼")).isNotEqualTo(keyOf("手机壳"));
        assertThat(keyOf("q", List.of(" a "))).isNotEqualTo(keyOf("q", List.of("a")));
        assertThat(keyOf("q", 5)).isNotEqualTo(keyOf("q", 6));
    }

    @Test
    void normalize_spellsOutTheCanonicalForm() {
        assertThat(NormalizedTextKey.normalize("\u3000 ﬁle\u00a0 Ｎｏ．１ ", false)).isEqualTo("file No.1");
        assertThat(NormalizedTextKey.normalize("  ", false)).isEmpty();
    }

    @Nested
    final class GoldenValues {

        @Test
        void chineseQuery_xxh3() {
            // the normalized form is the plain string, so this is the built-in key's golden value for "手机壳"
            assertThat(hex(keyOf("手机壳\u3000"))).isEqualTo("713dd40edf32234d6b6e0efff7abbbed");
        }

        @Test
        void chineseQuery_sha256() {
            key.configure(TestContext.sha256("secure"));

            assertThat(hex(keyOf(" 手机壳 ")))
                    .isEqualTo("a48a34e1fe4f04524c2b342877b5369082801bc563f95fe79dff499e1097e355");
        }
    }

    private static String hex(InferenceKey key) {
        return HexFormat.of().formatHex(key.digest());
    }
}
