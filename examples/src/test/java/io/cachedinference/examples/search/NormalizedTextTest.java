package io.cachedinference.examples.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class NormalizedTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"手机壳", " 手机壳 ", "手机壳\u3000", "\u3000手机壳", "\t手机壳\n", "\u00a0手机壳\u2003"})
    void whiteSpaceVariants_normalizeToTheSameText(String variant) {
        assertThat(NormalizedText.normalize(variant)).isEqualTo("手机壳");
    }

    @ParameterizedTest
    @ValueSource(strings = {"phone case", "Phone Case", "PHONE CASE", "ｐｈｏｎｅ　ｃａｓｅ", "ＰＨＯＮＥ ＣＡＳＥ",
            "  phone    case ", "phone\u3000\u3000case"})
    void widthCaseAndSpacingVariants_normalizeToTheSameText(String variant) {
        assertThat(NormalizedText.normalize(variant)).isEqualTo("phone case");
    }

    @ParameterizedTest
    @CsvSource({
            "'Straße', 'strasse'",
            "'ΟΔΥΣΣΕΥΣ', 'οδυσσευσ'",
            "'ﬁle', 'file'",
            "'６５Ｗ 充电器', '65w 充电器'",
            "'iPhone\u00a015', 'iphone 15'"})
    void foldsCaseAndCompatibilityForms(String text, String expected) {
        assertThat(NormalizedText.normalize(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u3000", " \t\n "})
    void onlyWhiteSpace_normalizesToEmpty(String blank) {
        assertThat(NormalizedText.normalize(blank)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"'手机壳', '手机 壳'", "'phone case', 'phonecase'", "'耳机', '耳麦'"})
    void differentWords_stayDifferent(String a, String b) {
        assertThat(NormalizedText.normalize(a)).isNotEqualTo(NormalizedText.normalize(b));
    }
}
