package io.cachedinference.examples.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cachedinference.examples.model.CpuModel;
import io.cachedinference.examples.model.TinyConvNet;
import io.cachedinference.examples.service.ServiceHttp.Reply;
import io.cachedinference.testsupport.CapturedLog;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.Random;
import java.util.stream.Stream;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code POST /v1/models/{model}/infer} over real HTTP, on a server with the test's flaky model added. */
final class InferenceEndpointTest {

    private static final String INFER = "v1/models/" + CpuModel.NAME + "/infer";

    private static InferenceServer server;
    private static ServiceHttp http;

    @BeforeAll
    static void start() {
        server = InferenceServer.start(0, new Weld().addBeanClass(FlakyModel.class));
        http = new ServiceHttp(server.uri());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void server_listensOnLoopbackOnAnEphemeralPort() {
        assertThat(server.uri().getHost()).isEqualTo("127.0.0.1");
        assertThat(server.port()).isPositive().isNotEqualTo(InferenceServer.DEFAULT_PORT);
    }

    @Test
    void portInUse_failsNamingTheAddress_andLeavesNoContainerBehind() {
        assertThatThrownBy(() -> InferenceServer.start(server.port()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("could not start on 127.0.0.1:" + server.port())
                .hasCauseInstanceOf(Exception.class);
        assertThat(WeldContainer.getRunningContainerIds()).hasSize(1);
    }

    @Test
    void sameRequestTwice_secondIsAHit_andTheStatsShowIt() {
        byte[] body = ServiceHttp.littleEndian(tensor(1));
        Reply before = http.stats();

        Reply first = http.postBytes(INFER, body);
        Reply second = http.postBytes(INFER, body);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.contentType()).startsWith("application/json");
        assertThat(first.json().getString("model")).isEqualTo(CpuModel.NAME);
        assertThat(first.json().getString("cache")).isEqualTo("miss");
        assertThat(second.json().getString("cache")).isEqualTo("hit");
        assertThat(floats(second.json())).containsExactly(floats(first.json()));
        assertThat(floats(first.json())).containsExactly(new TinyConvNet().forward(tensor(1)));
        Reply after = http.stats();
        assertThat(after.cacheCounter(CpuModel.NAME, "hits") - before.cacheCounter(CpuModel.NAME, "hits")).isEqualTo(1);
        assertThat(after.cacheCounter(CpuModel.NAME, "misses") - before.cacheCounter(CpuModel.NAME, "misses"))
                .isEqualTo(1);
    }

    @Test
    void jsonAndOctetStream_giveTheSameAnswer_fromOneEntry() {
        float[] input = tensor(2);

        Reply json = http.postJson(INFER, ServiceHttp.jsonArray(input));
        Reply binary = http.postBytes(INFER, ServiceHttp.littleEndian(input));

        assertThat(json.status()).isEqualTo(200);
        assertThat(binary.status()).isEqualTo(200);
        assertThat(floats(binary.json())).containsExactly(floats(json.json()));
        assertThat(binary.json().getInt("topClass")).isEqualTo(json.json().getInt("topClass"));
        // the decimal text carried the exact float32 bits, so the second request had the same key
        assertThat(json.json().getString("cache")).isEqualTo("miss");
        assertThat(binary.json().getString("cache")).isEqualTo("hit");
    }

    static Stream<Arguments> malformed() {
        float[] full = tensor(3);
        String fullJson = ServiceHttp.jsonArray(full);
        float[] withNan = full.clone();
        withNan[7] = Float.NaN;
        return Stream.of(
                Arguments.of("application/json", "[1.0, 2.0,".getBytes(), "invalid-json", "line 1, column"),
                Arguments.of("application/json", new byte[0], "invalid-json", "empty"),
                Arguments.of("application/json", "{\"input\": [1.0]}".getBytes(), "not-an-array", "an object"),
                // regression: a truncated object was not-an-array
                Arguments.of("application/json", "{\"a\":".getBytes(), "invalid-json", "not valid JSON"),
                Arguments.of("application/json", "[1.0, \"two\", 3.0".getBytes(), "invalid-json", "not valid JSON"),
                Arguments.of("application/json", ("[" + "[".repeat(TensorBodies.MAX_DEPTH)).getBytes(), "too-deep",
                        "more than 100 levels"),
                Arguments.of("application/json", ("1" + "0".repeat(5000)).getBytes(), "not-an-array", "a number"),
                Arguments.of("application/json", ("[1" + "0".repeat(5000) + fullJson.substring(fullJson.indexOf(',')))
                        .getBytes(), "not-finite", "(5001 characters)"),
                Arguments.of("application/json", "[1.0, \"two\", 3.0]".getBytes(), "not-a-number", "Element 1"),
                Arguments.of("application/json", "[1.0, [2.0]]".getBytes(), "not-a-number", "an array"),
                Arguments.of("application/json", "[1.0, 2.0, 3.0]".getBytes(), "wrong-length", "expects 150528 floats, the body has 3"),
                Arguments.of("application/json", ("[1e39" + fullJson.substring(fullJson.indexOf(','))).getBytes(),
                        "not-finite", "Element 0 is 1e39"),
                Arguments.of("application/json", (fullJson.substring(0, fullJson.length() - 1) + "] true").getBytes(),
                        "invalid-json", "not valid JSON"),
                Arguments.of("application/octet-stream", new byte[10], "misaligned-bytes", "10 bytes, not a multiple of 4"),
                Arguments.of("application/octet-stream", new byte[12], "wrong-length", "the body has 3"),
                Arguments.of("application/octet-stream", ServiceHttp.littleEndian(withNan), "not-finite", "Element 7 is NaN"));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("malformed")
    void malformedInput_is400_withAJsonErrorNamingWhatIsWrong_andNeverReachesTheModel(String contentType, byte[] body,
            String code, String message) {
        Reply before = http.stats();

        Reply reply = send(contentType, body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/json");
        JsonObject error = reply.json();
        assertThat(error.getString("code")).isEqualTo(code);
        assertThat(error.getString("error")).contains(message);
        assertThat(error.getInt("status")).isEqualTo(400);
        assertThat(error.getString("model")).isEqualTo(CpuModel.NAME);
        assertThat(http.stats().cacheCounter(CpuModel.NAME, "misses"))
                .isEqualTo(before.cacheCounter(CpuModel.NAME, "misses"));
    }

    @Test
    void unknownModel_is404_namingTheModelsThereAre() {
        Reply reply = http.postJson("v1/models/resnet-50/infer", "[1.0]");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().getString("code")).isEqualTo("unknown-model");
        assertThat(reply.json().getString("error")).contains("resnet-50");
        assertThat(reply.json().getJsonArray("models").getValuesAs(jakarta.json.JsonString::getString))
                .contains(CpuModel.NAME, "camera", FlakyModel.NAME);
    }

    @Test
    void modelFailure_is500_andIsNeverCached() {
        String path = "v1/models/" + FlakyModel.NAME + "/infer";
        String input = "[1, 2, 3, 4]";

        Reply failed;
        try (CapturedLog log = CapturedLog.of(ApiExceptionMapper.class)) {
            failed = http.postJson(path, input);
            assertThat(log.records()).singleElement().satisfies(r -> {
                assertThat(r.getLevel()).isEqualTo(java.util.logging.Level.WARNING);
                assertThat(r.getMessage()).contains("Model 'flaky' failed");
                assertThat(r.getThrown()).hasMessage("device fault on run 1");
            });
        }
        Reply retried = http.postJson(path, input);
        Reply repeated = http.postJson(path, input);

        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.json().getString("code")).isEqualTo("model-failed");
        assertThat(failed.json().getString("error")).contains("flaky", "device fault on run 1");
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json().getString("cache")).isEqualTo("miss");
        assertThat(repeated.json().getString("cache")).isEqualTo("hit");
        assertThat(floats(repeated.json())).containsExactly(10f);
        Reply stats = http.stats();
        assertThat(stats.cacheCounter(FlakyModel.NAME, "misses")).isEqualTo(2);
        assertThat(stats.cacheCounter(FlakyModel.NAME, "hits")).isEqualTo(1);
    }

    @Test
    void sample_isAnInputTheModelTakes_theSameForTheSameSeed_asFloat32OrJson() {
        Reply binary = http.get("v1/models/" + CpuModel.NAME + "/sample?seed=7");
        Reply again = http.get("v1/models/" + CpuModel.NAME + "/sample?seed=7");
        Reply json = http.getJson("v1/models/" + CpuModel.NAME + "/sample?seed=7");

        assertThat(binary.status()).isEqualTo(200);
        assertThat(binary.contentType()).startsWith("application/octet-stream");
        assertThat(binary.bytes()).hasSize(TinyConvNet.INPUT_LENGTH * Float.BYTES).isEqualTo(again.bytes());
        assertThat(json.contentType()).startsWith("application/json");
        Reply fromBinary = http.postBytes(INFER, binary.bytes());
        Reply fromJson = http.postJson(INFER, json.body());
        assertThat(fromBinary.status()).isEqualTo(200);
        assertThat(fromJson.json().getString("cache")).as("the JSON sample is the same tensor").isEqualTo("hit");
        assertThat(http.get("v1/models/resnet-50/sample").status()).isEqualTo(404);
    }

    /** Regression: Jersey could not build the URI, and Grizzly answered 500 with an HTML stack trace. */
    @Test
    void requestTargetThatIsNoUri_is400InvalidUri_inTheJsonErrorShape() throws java.io.IOException {
        try (RawHttp raw = new RawHttp(server.port(), java.time.Duration.ofSeconds(10))) {
            RawHttp.Response reply = raw.exchange(RawHttp.request("POST", "/v1/models/%ZZ/infer",
                    java.util.Map.of("Content-Type", "application/json"), "[1]".getBytes()));

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.header("content-type")).startsWith("application/json");
            assertThat(reply.json().getString("code")).isEqualTo("invalid-uri");
            assertThat(reply.json().getString("error")).contains("Malformed escape pair");
            assertThat(reply.json().getInt("status")).isEqualTo(400);
        }
    }

    /** Regression: a Content-Type that is no media type got an empty 400. */
    @Test
    void contentTypeThatIsNoMediaType_is415InvalidContentType() {
        Reply reply = http.post(INFER, ";;;", "[1, 2, 3]");

        assertThat(reply.status()).isEqualTo(415);
        assertThat(reply.json().getString("code")).isEqualTo("invalid-content-type");
        assertThat(reply.json().getString("error")).contains("';;;' is not a media type");
    }

    @Test
    void unsupportedContentType_is415_withAJsonError() {
        Reply reply = http.post(INFER, "text/plain", "1 2 3");

        assertThat(reply.status()).isEqualTo(415);
        assertThat(reply.json().getString("code")).isEqualTo("http-415");
    }

    private static Reply send(String contentType, byte[] body) {
        return contentType.equals("application/json")
                ? http.postJson(INFER, new String(body, java.nio.charset.StandardCharsets.UTF_8))
                : http.postBytes(INFER, body);
    }

    static float[] floats(JsonObject answer) {
        JsonArray output = answer.getJsonArray("output");
        float[] values = new float[output.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) output.getJsonNumber(i).doubleValue();
        }
        return values;
    }

    static float[] tensor(long seed) {
        Random random = new Random(seed);
        float[] t = new float[TinyConvNet.INPUT_LENGTH];
        for (int i = 0; i < t.length; i++) {
            t[i] = random.nextFloat() * 2 - 1;
        }
        return t;
    }
}
