package io.cachedinference.examples.appservers;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.SplittableRandom;

/** The example service's HTTP API, as a client sees it. */
final class ServiceClient {

    /** Floats in one tiny-cnn input: 1 x 3 x 224 x 224. */
    static final int TENSOR_LENGTH = 3 * 224 * 224;

    /** One answer: status and body. */
    record Reply(int status, String body) {

        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 500 ? body.substring(0, 500) + "..." : body);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;

    ServiceClient(URI base) {
        this.base = base;
    }

    /** {@code POST /v1/models/tiny-cnn/infer} with the tensor as little-endian float32. */
    Reply infer(float[] tensor) {
        return infer("tiny-cnn", tensor);
    }

    /** {@code POST /v1/models/{model}/infer} with the tensor as little-endian float32. */
    Reply infer(String model, float[] tensor) {
        ByteBuffer body = ByteBuffer.allocate(tensor.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        body.asFloatBuffer().put(tensor);
        return post("v1/models/" + model + "/infer", "application/octet-stream", body.array());
    }

    /** {@code POST /v1/models/tiny-cnn/infer} with a JSON body, well-formed or not. */
    Reply inferJson(String json) {
        return post("v1/models/tiny-cnn/infer", "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code GET /v1/search?q=}. */
    Reply search(String query) {
        return send(HttpRequest.newBuilder(base.resolve("v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(60)).GET().build());
    }

    /** {@code GET /v1/cache/stats}. */
    JsonObject stats() {
        Reply reply = send(HttpRequest.newBuilder(base.resolve("v1/cache/stats")).timeout(Duration.ofSeconds(60))
                .GET().build());
        if (reply.status() != 200) {
            throw new IllegalStateException("GET /v1/cache/stats answered " + reply);
        }
        return reply.json();
    }

    /** One cache's counter from {@code GET /v1/cache/stats}. */
    long counter(String cache, String counter) {
        return stats().getJsonObject("caches").getJsonObject(cache).getJsonNumber(counter).longValue();
    }

    /** A tensor of values in [0, 1), the same for the same seed. */
    static float[] tensor(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] tensor = new float[TENSOR_LENGTH];
        for (int i = 0; i < tensor.length; i++) {
            tensor[i] = (float) random.nextDouble();
        }
        return tensor;
    }

    private Reply post(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + request.method() + " " + request.uri(), e);
        }
    }
}
