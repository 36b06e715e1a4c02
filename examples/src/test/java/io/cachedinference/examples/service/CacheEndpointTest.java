package io.cachedinference.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.examples.model.CameraModel;
import io.cachedinference.examples.ascend.SelectedBackendModel;
import io.cachedinference.examples.model.CpuModel;
import io.cachedinference.examples.model.ExactCameraModel;
import io.cachedinference.examples.onnx.OnnxModel;
import io.cachedinference.examples.search.ProductSearch;
import io.cachedinference.examples.service.ServiceHttp.Reply;
import io.cachedinference.api.InferenceCaches;
import jakarta.json.JsonObject;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /v1/cache/stats} and {@code DELETE /v1/cache/{name}} over real HTTP. */
final class CacheEndpointTest {

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
    void stats_nameTheProvider_andListEveryCache_withCountersLatenciesAndTimeSaved() {
        http.search("蓝牙音箱");
        http.search("蓝牙音箱");

        Reply reply = http.stats();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        // Weld SE has no server provider, and Ehcache is the default among the provider modules
        assertThat(reply.json().getString("provider")).isEqualTo("org.ehcache.jsr107.EhcacheCachingProvider");
        JsonObject caches = reply.json().getJsonObject("caches");
        assertThat(caches.keySet()).containsExactly(CameraModel.NAME, ExactCameraModel.NAME, OnnxModel.NAME, ProductSearch.NAME, SelectedBackendModel.NAME, CpuModel.NAME);
        JsonObject search = caches.getJsonObject(ProductSearch.NAME);
        assertThat(search.keySet()).contains("hits", "misses", "hitRatio", "errors", "coalesced", "lockTimeouts",
                "hitLatency", "modelLatency", "estimatedTimeSavedMs");
        assertThat(search.getJsonNumber("hitRatio").doubleValue())
                .isEqualTo((double) search.getInt("hits") / (search.getInt("hits") + search.getInt("misses")));
        assertThat(search.getJsonObject("hitLatency").keySet()).contains("count", "meanMs", "p50Ms", "p99Ms", "maxMs");
        assertThat(search.getJsonObject("hitLatency").getInt("count")).isEqualTo(search.getInt("hits"));
        assertThat(search.getJsonObject("modelLatency").getInt("count")).isEqualTo(search.getInt("misses"));
        assertThat(search.getJsonObject("modelLatency").getJsonNumber("p99Ms").doubleValue()).isPositive();
        assertThat(search.getInt("errors")).isZero();
    }

    @Test
    void delete_clearsTheCache_soTheNextEqualRequestMisses() {
        assertThat(http.search("保温杯").json().getString("cache")).isEqualTo("miss");
        assertThat(http.search("保温杯").json().getString("cache")).isEqualTo("hit");

        Reply deleted = http.delete("v1/cache/" + ProductSearch.NAME);

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(http.search("保温杯").json().getString("cache")).isEqualTo("miss");
        assertThat(http.search("保温杯").json().getString("cache")).isEqualTo("hit");
    }

    /** Regression: DELETE cleared the entries but not the statistics. */
    @Test
    void delete_resetsTheCachesStatistics_andLeavesTheOtherCachesAlone() {
        http.search("充电宝");
        http.search("充电宝");
        JsonObject before = http.stats().json().getJsonObject("caches");
        assertThat(before.getJsonObject(ProductSearch.NAME).getInt("hits")).isPositive();

        assertThat(http.delete("v1/cache/" + ProductSearch.NAME).status()).isEqualTo(204);

        JsonObject reset = http.stats().json().getJsonObject("caches");
        JsonObject search = reset.getJsonObject(ProductSearch.NAME);
        assertThat(search.getInt("hits")).isZero();
        assertThat(search.getInt("misses")).isZero();
        assertThat(search.getJsonNumber("hitRatio").doubleValue()).isZero();
        assertThat(search.getJsonNumber("estimatedTimeSavedMs").doubleValue()).isZero();
        assertThat(search.getJsonObject("hitLatency").getInt("count")).isZero();
        assertThat(search.getJsonObject("modelLatency").getInt("count")).isZero();
        assertThat(java.time.Instant.parse(search.getString("since")))
                .isAfter(java.time.Instant.parse(before.getJsonObject(ProductSearch.NAME).getString("since")));
        assertThat(reset.getJsonObject(CpuModel.NAME)).isEqualTo(before.getJsonObject(CpuModel.NAME));

        http.search("充电宝");
        http.search("充电宝");
        JsonObject after = http.stats().json().getJsonObject("caches").getJsonObject(ProductSearch.NAME);
        assertThat(after.getInt("misses")).isEqualTo(1);
        assertThat(after.getInt("hits")).isEqualTo(1);
        assertThat(after.getJsonNumber("hitRatio").doubleValue()).isEqualTo(0.5);
    }

    /** Regression: the banner listed tiny-cnn, camera and search, but not camera-exact or selected. */
    @Test
    void banner_listsEveryModelAndEveryCache_andTheBodyLimits() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        server.printBanner(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));

        String banner = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        Set<String> caches = server.container().select(InferenceCaches.class).get().statistics().keySet();
        assertThat(caches).contains(ExactCameraModel.NAME, SelectedBackendModel.NAME);
        assertThat(banner).contains("DELETE " + server.uri() + "v1/cache/{" + String.join("|", caches) + "}")
                .contains("POST   " + server.uri() + "v1/models/{" + String.join("|",
                        server.container().select(ModelRegistry.class).get().names()) + "}/infer")
                .contains("at most 655360 bytes of octet-stream", "3670016 of JSON", "PT30S");
    }

    @Test
    void deleteUnknownCache_is404_namingTheCachesThereAre() {
        Reply reply = http.delete("v1/cache/no-such-cache");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().getString("code")).isEqualTo("unknown-cache");
        assertThat(reply.json().getString("error")).contains("no-such-cache");
        assertThat(reply.json().getJsonArray("caches").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly(CameraModel.NAME, ExactCameraModel.NAME, OnnxModel.NAME, ProductSearch.NAME, SelectedBackendModel.NAME, CpuModel.NAME);
    }

    @Test
    void unknownPath_is404_withAJsonError() {
        Reply reply = http.get("v2/nothing");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().getString("code")).isEqualTo("http-404");
    }
}
