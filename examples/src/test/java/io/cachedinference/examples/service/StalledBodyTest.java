package io.cachedinference.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.examples.model.CpuModel;
import io.cachedinference.examples.model.TinyConvNet;
import io.cachedinference.examples.service.RawHttp.Response;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.jboss.weld.environment.se.Weld;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A body that stops arriving is refused with 408 once the body timeout (one second here) has
 * passed, on a connection the answer closes. Regression: the service waited for the rest for as
 * long as Grizzly's 30-second read timeout, then failed without a JSON answer.
 */
final class StalledBodyTest {

    private static final String INFER = "/v1/models/" + CpuModel.NAME + "/infer";

    private static InferenceServer server;

    @BeforeAll
    static void start() {
        server = InferenceServer.start(0, new Weld(), ServiceSettings.of(Map.of(ServiceSettings.BODY_TIMEOUT, "PT1S")));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void stalledBody_is408AfterTheBodyTimeout_andTheNextRequestIsServed() throws IOException {
        try (RawHttp http = new RawHttp(server.port(), Duration.ofSeconds(20))) {
            byte[] request = octetStream(new byte[TinyConvNet.INPUT_LENGTH * 4]);
            // the head and the first kilobyte, then nothing
            Response reply = http.exchange(Arrays.copyOf(request, request.length - TinyConvNet.INPUT_LENGTH * 4 + 1024));

            assertThat(reply.status()).isEqualTo(408);
            assertThat(reply.header("content-type")).startsWith("application/json");
            assertThat(reply.closesConnection()).isTrue();
            JsonObject error = reply.json();
            assertThat(error.getString("code")).isEqualTo("body-timeout");
            assertThat(error.getString("error")).contains("PT1S", ServiceSettings.BODY_TIMEOUT);
            assertThat(error.getInt("status")).isEqualTo(408);
        }
        assertThat(new ServiceHttp(server.uri()).postBytes(INFER.substring(1),
                ServiceHttp.littleEndian(InferenceEndpointTest.tensor(41))).status()).isEqualTo(200);
    }

    private static byte[] octetStream(byte[] body) {
        return RawHttp.request("POST", INFER, Map.of("Content-Type", "application/octet-stream"), body);
    }
}
