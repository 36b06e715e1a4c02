package io.cachedinference.examples.replay;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The service's HTTP API as the replay uses it: tensors go as little-endian float32
 * ({@code application/octet-stream}), answers come back as JSON. Any status but the expected one
 * fails with the service's error message.
 */
public final class ServiceClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;

    /** A client for the service at a base URI such as {@code http://127.0.0.1:8080/}. */
    public ServiceClient(URI base) {
        String text = base.toString();
        this.base = text.endsWith("/") ? base : URI.create(text + "/");
    }

    /** The base URI. */
    public URI base() {
        return base;
    }

    /** {@code POST /v1/models/{model}/infer}: the output tensor, whether it was a hit, and the service's time. */
    public Served<float[]> infer(String model, float[] input) {
        ByteBuffer body = ByteBuffer.allocate(input.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        body.asFloatBuffer().put(input);
        HttpRequest request = HttpRequest.newBuilder(base.resolve("v1/models/" + model + "/infer")).timeout(TIMEOUT)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.array())).build();
        JsonObject answer = json(send(request, 200));
        JsonArray output = answer.getJsonArray("output");
        float[] values = new float[output.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) output.getJsonNumber(i).doubleValue();
        }
        return new Served<>(values, "hit".equals(answer.getString("cache")), elapsedMs(answer));
    }

    /** {@code GET /v1/search}: the products' identifiers, best first, whether it was a hit, and the service's time. */
    public Served<List<String>> search(String query) {
        HttpRequest request = HttpRequest.newBuilder(
                base.resolve("v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).timeout(TIMEOUT)
                .GET().build();
        JsonObject answer = json(send(request, 200));
        List<String> ids = new ArrayList<>();
        for (JsonObject product : answer.getJsonArray("results").getValuesAs(JsonObject.class)) {
            ids.add(product.getString("id"));
        }
        return new Served<>(List.copyOf(ids), "hit".equals(answer.getString("cache")), elapsedMs(answer));
    }

    /** {@code GET /v1/cache/stats}: one cache's counters. */
    public ServerCounters counters(String cache) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("v1/cache/stats")).timeout(TIMEOUT).GET().build();
        JsonObject caches = json(send(request, 200)).getJsonObject("caches");
        JsonObject c = caches.getJsonObject(cache);
        if (c == null) {
            throw new IllegalStateException("The service at " + base + " has no cache '" + cache + "'; caches: "
                    + caches.keySet());
        }
        return new ServerCounters(c.getJsonNumber("hits").longValue(), c.getJsonNumber("misses").longValue(),
                c.getJsonNumber("coalesced").longValue(), c.getJsonNumber("errors").longValue(),
                c.getJsonNumber("estimatedTimeSavedMs").doubleValue());
    }

    private static double elapsedMs(JsonObject answer) {
        return answer.getJsonNumber("elapsedMs").doubleValue();
    }

    /** {@code DELETE /v1/cache/{name}}. */
    public void clear(String cache) {
        send(HttpRequest.newBuilder(base.resolve("v1/cache/" + cache)).timeout(TIMEOUT).DELETE().build(), 204);
    }

    private String send(HttpRequest request, int expected) {
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e
                    + "; is the service running?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + request.method() + " " + request.uri(), e);
        }
        if (response.statusCode() != expected) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
