package io.cachedinference.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.examples.search.ProductSearch;
import io.cachedinference.examples.service.ServiceHttp.Reply;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code GET /v1/search} over real HTTP: normalized-equal queries share one cache entry. */
final class SearchEndpointTest {

    private static InferenceServer server;
    private static ServiceHttp http;

    @BeforeAll
    static void start() {
        server = InferenceServer.start(0);
        http = new ServiceHttp(server.uri());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void whiteSpaceVariants_shareOneEntry_oneMissTwoHits() {
        assertSharedEntry(List.of("手机壳", " 手机壳 ", "手机壳\u3000"), "手机壳");
    }

    @Test
    void fullWidthAndCaseVariants_shareOneEntry_oneMissTwoHits() {
        assertSharedEntry(List.of("phone case", "ＰＨＯＮＥ　ＣＡＳＥ", "Phone  Case"), "phone case");
    }

    private static void assertSharedEntry(List<String> variants, String normalized) {
        Reply before = http.stats();

        List<JsonObject> answers = variants.stream().map(http::search).map(reply -> {
            assertThat(reply.status()).isEqualTo(200);
            return reply.json();
        }).toList();

        assertThat(answers).extracting(a -> a.getString("cache")).containsExactly("miss", "hit", "hit");
        assertThat(answers).extracting(a -> a.getString("normalized")).containsOnly(normalized);
        assertThat(answers).extracting(a -> a.getString("query")).containsExactlyElementsOf(variants);
        assertThat(answers).extracting(a -> a.getJsonArray("results")).allSatisfy(results -> {
            assertThat(results).isEqualTo(answers.get(0).getJsonArray("results"));
            assertThat(results).isNotEmpty();
        });
        Reply after = http.stats();
        assertThat(after.cacheCounter(ProductSearch.NAME, "misses") - before.cacheCounter(ProductSearch.NAME, "misses"))
                .isEqualTo(1);
        assertThat(after.cacheCounter(ProductSearch.NAME, "hits") - before.cacheCounter(ProductSearch.NAME, "hits"))
                .isEqualTo(2);
    }

    @Test
    void results_nameProductsInChineseAndEnglish() {
        JsonObject first = http.search("耳机").json().getJsonArray("results").getJsonObject(0);

        assertThat(first.getString("category")).isEqualTo("耳机");
        assertThat(first.getString("name")).contains("耳机");
        assertThat(first.getString("nameEn")).contains("Earphones");
        assertThat(first.getString("id")).matches("P\\d{4}");
    }

    @Test
    void missingQuery_is400() {
        Reply reply = http.get("v1/search");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().getString("code")).isEqualTo("missing-query");
        assertThat(reply.json().getString("error")).contains("q is missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u3000", "\t \u3000"})
    void blankQuery_is400_andNeverReachesTheModel(String blank) {
        long misses = http.stats().cacheCounter(ProductSearch.NAME, "misses");

        Reply reply = http.search(blank);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/json");
        assertThat(reply.json().getString("code")).isEqualTo("blank-query");
        assertThat(http.stats().cacheCounter(ProductSearch.NAME, "misses")).isEqualTo(misses);
    }

    @Test
    void overlongQuery_is414_namingTheLimit_andNeverReachesTheModel() {
        long misses = http.stats().cacheCounter(ProductSearch.NAME, "misses");

        Reply reply = http.search("手".repeat(SearchResource.MAX_LENGTH + 1));

        assertThat(reply.status()).isEqualTo(414);
        assertThat(reply.contentType()).startsWith("application/json");
        assertThat(reply.json().getString("code")).isEqualTo("query-too-long");
        assertThat(reply.json().getString("error")).contains("at most " + SearchResource.MAX_LENGTH);
        assertThat(reply.json().getInt("length")).isEqualTo(SearchResource.MAX_LENGTH + 1);
        assertThat(reply.json().getInt("maxLength")).isEqualTo(SearchResource.MAX_LENGTH);
        assertThat(http.stats().cacheCounter(ProductSearch.NAME, "misses")).isEqualTo(misses);
    }
}
