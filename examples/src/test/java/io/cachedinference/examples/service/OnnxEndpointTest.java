package io.cachedinference.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.examples.onnx.OnnxModel;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The service serves the ONNX Runtime model under its name, through its cache. */
final class OnnxEndpointTest {

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
    void onnxModel_isServed_andAnEqualImageIsAHitWithTheSameAnswer() {
        ByteBuffer image = ByteBuffer.allocate(3 * 224 * 224 * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        Random random = new Random(31);
        while (image.hasRemaining()) {
            image.putFloat(random.nextFloat());
        }
        long misses = http.get("v1/cache/stats").cacheCounter(OnnxModel.NAME, "misses");

        ServiceHttp.Reply first = http.postBytes("v1/models/onnx-cnn/infer", image.array());
        ServiceHttp.Reply second = http.postBytes("v1/models/onnx-cnn/infer", image.array());
        ServiceHttp.Reply wrongLength = http.postJson("v1/models/onnx-cnn/infer", "[1,2,3]");

        assertThat(first.status()).as("%s", first).isEqualTo(200);
        assertThat(first.json().getString("model")).isEqualTo(OnnxModel.NAME);
        assertThat(first.json().getJsonArray("output")).hasSize(1000);
        assertThat(first.json().getString("cache")).isEqualTo("miss");
        assertThat(second.json().getString("cache")).isEqualTo("hit");
        assertThat(second.json().getJsonArray("output")).isEqualTo(first.json().getJsonArray("output"));
        assertThat(wrongLength.status()).isEqualTo(400);
        assertThat(wrongLength.json().getString("code")).isEqualTo("wrong-length");
        assertThat(http.get("v1/cache/stats").cacheCounter(OnnxModel.NAME, "misses")).isEqualTo(misses + 1);
    }
}
