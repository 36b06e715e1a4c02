package io.cachedinference.examples.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class SearchEngineTest {

    private static final SearchEngine ENGINE = new SearchEngine(ProductCatalogue.standard());

    @Test
    void catalogue_hasAFewHundredProducts_namedInChineseAndEnglish_andAFewHundredQueries() {
        ProductCatalogue catalogue = ProductCatalogue.standard();

        assertThat(catalogue.products()).hasSize(320);
        assertThat(catalogue.products()).extracting(Product::id).doesNotHaveDuplicates();
        assertThat(catalogue.products()).anySatisfy(p -> {
            assertThat(p.name()).contains("手机壳");
            assertThat(p.nameEn()).contains("Phone Case");
        });
        assertThat(catalogue.queries()).hasSizeBetween(200, 400).doesNotHaveDuplicates().startsWith("手机壳")
                .contains("耳机", "earphones", "phone case");
    }

    @Test
    void chineseAndEnglishQueries_findTheirCategory() {
        assertThat(ENGINE.search("手机壳").hits()).hasSize(SearchEngine.LIMIT)
                .allSatisfy(h -> assertThat(h.category()).isEqualTo("手机壳"));
        assertThat(ENGINE.search("wireless earphones").hits()).isNotEmpty()
                .allSatisfy(h -> assertThat(h.category()).isEqualTo("耳机"));
        assertThat(ENGINE.search("华为耳机").hits().get(0).name()).contains("华为", "耳机");
    }

    @Test
    void answer_dependsOnTheNormalizedQueryOnly() {
        assertThat(ENGINE.search("ＰＨＯＮＥ　ＣＡＳＥ")).isEqualTo(ENGINE.search("phone case"));
        assertThat(ENGINE.search(" 手机壳\u3000")).isEqualTo(ENGINE.search("手机壳"));
        assertThat(ENGINE.search("手机壳").normalizedQuery()).isEqualTo("手机壳");
    }

    @Test
    void answers_areDeterministic_acrossEngines() {
        SearchEngine other = new SearchEngine(ProductCatalogue.standard());

        for (String query : ProductCatalogue.standard().queries().subList(0, 40)) {
            assertThat(other.search(query)).isEqualTo(ENGINE.search(query));
        }
    }

    @Test
    void unrelatedQuery_findsNothing_andBlankIsRejected() {
        assertThat(ENGINE.search("xyzzy").hits()).isEmpty();
        assertThatThrownBy(() -> ENGINE.search(" \u3000 ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blank");
    }
}
