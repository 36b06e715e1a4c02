package io.cachedinference.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.examples.model.CameraModel;
import io.cachedinference.examples.ascend.SelectedBackendModel;
import io.cachedinference.examples.model.CpuModel;
import io.cachedinference.examples.model.ExactCameraModel;
import io.cachedinference.examples.onnx.OnnxModel;
import io.cachedinference.examples.search.ProductSearch;
import io.cachedinference.examples.service.ServiceHttp.Reply;
import jakarta.json.JsonObject;
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
