package io.cachedinference.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.examples.model.CpuModel;
import io.cachedinference.examples.search.NormalizedText;
import io.cachedinference.examples.service.RawHttp.Response;
import io.cachedinference.testsupport.CapturedLog;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.jboss.weld.environment.se.Weld;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the service's request decoding over real HTTP: random bytes, truncated JSON, huge numbers,
 * deep nesting, wrong shapes, wrong and malformed content types, odd queries and request targets;
 * {@value #CASES} cases from a fixed seed. Every answer must be a 4xx with the service's JSON error
 * (and, where this test's own reading of the body says which, the right code), or a 200 with the
 * right answer; never a 500, never silence. Regressions it caught: a truncated object such as
 * <code>{"a":</code> was {@code not-an-array}; a bad escape ({@code %ZZ}) or a raw {@code |} in
 * the path, and a {@code Host} that is not a host, were 500 HTML pages with a stack trace; a
 * {@code Content-Type} that is not a media type was an empty 400.
 */
final class RequestDecodingFuzzTest {

    static final int CASES = 10_000;
    private static final long SEED = 20_261_202L;
    private static final String INFER = "/v1/models/" + MeanModel.NAME + "/infer";
    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

    private static InferenceServer server;

    @BeforeAll
    static void start() {
        server = InferenceServer.start(0, new Weld().addBeanClass(MeanModel.class));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** What a case must get. */
    private record Expected(Float mean, String normalized, int status, String code) {

        static Expected mean(float mean) {
            return new Expected(mean, null, 200, null);
        }

        static Expected search(String normalized) {
            return new Expected(null, normalized, 200, null);
        }

        static Expected error(int status, String code) {
            return new Expected(null, null, status, code);
        }

        /** Any 4xx JSON error, or a 200 whose answer cannot be checked here. */
        static Expected anyError() {
            return new Expected(null, null, 0, null);
        }
    }

    private record Case(String kind, String description, byte[] request, Expected expected) {
    }

    @Test
    void everyAnswer_isA4xxJsonError_orACorrect200_neverA500_neverAHang() throws IOException {
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        Map<String, Integer> outcomes = new TreeMap<>();
        Map<String, Integer> wrongByKind = new TreeMap<>();
        long started = System.nanoTime();
        try (RawHttp http = new RawHttp(server.port(), Duration.ofSeconds(10));
                CapturedLog unexpected = CapturedLog.of(UnexpectedErrorMapper.class);
                CapturedLog apiErrors = CapturedLog.of(ApiExceptionMapper.class)) {
            for (int i = 0; i < CASES; i++) {
                Case c = next(random);
                Response response;
                try {
                    response = http.exchange(c.request());
                } catch (IOException e) {
                    failures.add(describe(i, c) + ": no answer: " + e);
                    wrongByKind.merge(c.kind() + " no answer", 1, Integer::sum);
                    continue;
                }
                String problem = check(c.expected(), response);
                outcomes.merge(response.status() + (problem == null ? "" : " (wrong)"), 1, Integer::sum);
                if (problem != null) {
                    failures.add(describe(i, c) + ": " + problem);
                    wrongByKind.merge(c.kind() + " " + response.status(), 1, Integer::sum);
                }
            }
            assertThat(unexpected.records()).as("unexpected failures logged").isEmpty();
            assertThat(apiErrors.records()).as("server errors logged").isEmpty();
        }
        System.out.printf("RequestDecodingFuzzTest: %d cases (seed %d) in %.1f s, answers by status %s%n", CASES, SEED,
                (System.nanoTime() - started) / 1e9, outcomes);
        assertThat(failures.subList(0, Math.min(30, failures.size())))
                .as("%d of %d cases answered wrongly (by kind and status: %s); the first ones", failures.size(), CASES,
                        wrongByKind).isEmpty();
    }

    private static String describe(int i, Case c) {
        return "case " + i + " [" + c.kind() + "] " + TensorBodies.quote(c.description(), 160);
    }

    /** Null when the response is what the case must get; else what is wrong with it. */
    private static String check(Expected expected, Response response) {
        int status = response.status();
        if (status == 200) {
            if (expected.mean() == null && expected.normalized() == null) {
                return expected.status() == 0 ? null : "200, expected " + expected.status() + " " + expected.code();
            }
            JsonObject answer = response.json();
            if (expected.mean() != null) {
                JsonNumber output = answer.getJsonArray("output").getJsonNumber(0);
                float actual = Float.parseFloat(output.toString());
                return Float.compare(actual, expected.mean()) == 0 ? null
                        : "200 with mean " + actual + ", expected " + expected.mean();
            }
            return answer.getString("normalized").equals(expected.normalized()) ? null
                    : "200 normalized '" + answer.getString("normalized") + "', expected '" + expected.normalized() + "'";
        }
        if (status < 400 || status >= 500) {
            return "status " + status + ": " + TensorBodies.quote(response.body(), 300);
        }
        String contentType = response.header("content-type");
        if (contentType == null || !contentType.startsWith("application/json")) {
            return status + " with Content-Type " + contentType + ": " + TensorBodies.quote(response.body(), 200);
        }
        JsonObject error;
        try {
            error = response.json();
        } catch (JsonException e) {
            return status + " with a body that is not a JSON object: " + TensorBodies.quote(response.body(), 200);
        }
        if (error.getInt("status", -1) != status || error.getString("code", "").isEmpty()
                || error.getString("error", "").isEmpty()) {
            return status + " without the error shape: " + TensorBodies.quote(response.body(), 200);
        }
        if (expected.status() != 0 && (expected.status() != status
                || expected.code() != null && !expected.code().equals(error.getString("code")))) {
            return status + " " + error.getString("code") + ", expected " + expected.status() + " " + expected.code()
                    + ": " + TensorBodies.quote(error.getString("error"), 200);
        }
        return null;
    }

    // ---- the cases ------------------------------------------------------------------------------

    private static Case next(Random random) {
        int kind = random.nextInt(100);
        if (kind < 12) {
            return json("valid", validArray(random), random);
        } else if (kind < 22) {
            return json("truncated", truncated(random), random);
        } else if (kind < 32) {
            return json("huge-numbers", hugeNumbers(random), random);
        } else if (kind < 40) {
            return json("deep-nesting", deepNesting(random), random);
        } else if (kind < 48) {
            return json("wrong-shape", wrongShape(random), random);
        } else if (kind < 56) {
            return json("random-bytes", randomBytes(random), random);
        } else if (kind < 66) {
            return binary(random);
        } else if (kind < 76) {
            return contentType(random);
        } else if (kind < 90) {
            return search(random);
        } else {
            return target(random);
        }
    }

    private static Case json(String kind, byte[] body, Random random) {
        String contentType = random.nextInt(4) == 0 ? "application/json; charset=utf-8" : "application/json";
        return new Case(kind, new String(body, StandardCharsets.UTF_8),
                RawHttp.request("POST", INFER, Map.of("Content-Type", contentType), body), jsonOracle(body));
    }

    private static byte[] validArray(Random random) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 4; i++) {
            json.append(i == 0 ? "" : ",").append(random.nextBoolean() ? " " : "").append(number(random));
        }
        return json.append(random.nextBoolean() ? "]" : " ]\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String number(Random random) {
        switch (random.nextInt(5)) {
            case 0:
                return Integer.toString(random.nextInt(2001) - 1000);
            case 1:
                return Float.toString(random.nextFloat() * 2 - 1);
            case 2:
                return (random.nextBoolean() ? "-" : "") + random.nextInt(10) + "." + random.nextInt(1000) + "e"
                        + (random.nextInt(80) - 40);
            case 3:
                return Double.toString(random.nextGaussian() * 1e6);
            default:
                return random.nextBoolean() ? "-0" : "0.0";
        }
    }

    private static byte[] truncated(Random random) {
        String whole;
        switch (random.nextInt(4)) {
            case 0:
                whole = new String(validArray(random), StandardCharsets.UTF_8);
                break;
            case 1:
                whole = "{\"a\": [1, 2, 3, 4], \"b\": {\"c\": null}}";
                break;
            case 2:
                whole = "[[1, 2], {\"x\": \"y\"}, \"four\", true]";
                break;
            default:
                whole = "{\"a\":";
                break;
        }
        return whole.substring(0, random.nextInt(whole.length() + 1)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] hugeNumbers(Random random) {
        String[] numbers = new String[4];
        for (int i = 0; i < 4; i++) {
            switch (random.nextInt(8)) {
                case 0:
                    numbers[i] = "1e" + (random.nextBoolean() ? "" : "-") + (random.nextInt(Integer.MAX_VALUE));
                    break;
                case 1:
                    numbers[i] = "9".repeat(1 + random.nextInt(20_000));
                    break;
                case 2:
                    numbers[i] = "0." + "0".repeat(random.nextInt(5_000)) + "1";
                    break;
                case 3:
                    numbers[i] = random.nextBoolean() ? "3.4028235e38" : "-3.4028236e38";
                    break;
                case 4:
                    numbers[i] = "340282356779733661637539395458142568448";
                    break;
                case 5:
                    numbers[i] = "1.4e-45";
                    break;
                case 6:
                    numbers[i] = "123456789012345678901234567890e" + (random.nextInt(40) - 20);
                    break;
                default:
                    numbers[i] = number(random);
                    break;
            }
        }
        int count = random.nextInt(10) == 0 ? 3 + random.nextInt(3) : 4;
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",").append(numbers[i % 4]);
        }
        return json.append(']').toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] deepNesting(Random random) {
        int depth = (int) Math.pow(10, random.nextDouble() * 5);
        StringBuilder json = new StringBuilder(depth * 6);
        boolean objects = random.nextInt(3) == 0;
        for (int i = 0; i < depth; i++) {
            json.append(objects ? "{\"a\":" : "[");
        }
        if (random.nextBoolean()) {
            json.append('1');
            for (int i = 0; i < depth; i++) {
                json.append(objects ? '}' : ']');
            }
        }
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] wrongShape(Random random) {
        String[] shapes = {"{}", "{\"input\": [1, 2, 3, 4]}", "\"1, 2, 3, 4\"", "null", "true", "42", "[]",
            "[1, 2, 3]", "[1, 2, 3, 4, 5]", "[1, \"2\", 3, 4]", "[1, null, 3, 4]", "[[1], 2, 3, 4]",
            "[1, 2, 3, {\"4\": 4}]", "[1, 2, 3, 4] [5]", "[1, 2, 3, 4],", "[1 2 3 4]", "[1, 2, 3, 4,]", "[NaN, 1, 2, 3]",
            "[Infinity, 1, 2, 3]", "[0x10, 1, 2, 3]", "[+1, 2, 3, 4]", "[.5, 1, 2, 3]", "[1., 2, 3, 4]", "[01, 2, 3, 4]",
            "\uFEFF[1, 2, 3, 4]", "[1, 2, 3, 4]\u0000", "[1, true, false, 4]", " ", "\n\t"};
        return shapes[random.nextInt(shapes.length)].getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(2049)];
        random.nextBytes(bytes);
        if (bytes.length > 0 && random.nextBoolean()) {
            bytes[0] = '[';
        }
        return bytes;
    }

    private static Case binary(Random random) {
        byte[] body;
        if (random.nextInt(3) == 0) {
            ByteBuffer buffer = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < 4; i++) {
                buffer.putFloat(random.nextFloat() * 200 - 100);
            }
            body = buffer.array();
        } else {
            body = new byte[random.nextInt(5) == 0 ? 16 : random.nextInt(64)];
            random.nextBytes(body);
        }
        return new Case("binary", body.length + " bytes", RawHttp.request("POST", INFER,
                Map.of("Content-Type", "application/octet-stream"), body), binaryOracle(body));
    }

    private static Case contentType(Random random) {
        String[] types = {"text/plain", "application/xml", "image/png", "multipart/form-data; boundary=x",
            "application/x-www-form-urlencoded", ";;;", "garbage", "application/", "/json", "application/json;;",
            "application/json; charset", "application/json; charset=\"", "application/json; q=", "*/*", "application/*",
            "application/json\u0001", "application/octet-stream; x=\"unterminated", ""};
        String type = types[random.nextInt(types.length)];
        byte[] body = random.nextBoolean() ? validArray(random) : randomBytes(random);
        Map<String, String> headers = new LinkedHashMap<>();
        if (!type.isEmpty()) {
            headers.put("Content-Type", type);
        }
        return new Case("content-type", "Content-Type: " + type, RawHttp.request("POST", INFER, headers, body),
                Expected.anyError());
    }

    private static Case search(Random random) {
        if (random.nextInt(4) == 0) {
            String[] raw = {"%ZZ", "%", "%E6%89", "%C3", "a|b", "a%20b%2", "<script>", "\"quoted\"", "a{b}c", "%00",
                "手机壳", "a\\b", "^", "`", "100%"};
            String q = raw[random.nextInt(raw.length)];
            return new Case("search-raw", q, RawHttp.request("GET", "/v1/search?q=" + q, Map.of(), null),
                    Expected.anyError());
        }
        StringBuilder q = new StringBuilder();
        int length = random.nextInt(10) == 0 ? 190 + random.nextInt(30) : random.nextInt(12);
        while (q.codePointCount(0, q.length()) < length) {
            int codePoint;
            switch (random.nextInt(5)) {
                case 0:
                    codePoint = 0x4e00 + random.nextInt(0x5000);
                    break;
                case 1:
                    codePoint = random.nextBoolean() ? ' ' : 0x3000;
                    break;
                case 2:
                    codePoint = 0xff01 + random.nextInt(94);
                    break;
                case 3:
                    codePoint = random.nextInt(0x80);
                    break;
                default:
                    codePoint = random.nextInt(0x10000);
                    if (Character.isSurrogate((char) codePoint)) {
                        codePoint = 'x';
                    }
                    break;
            }
            q.appendCodePoint(codePoint);
        }
        String query = q.toString();
        Expected expected;
        if (query.length() > SearchResource.MAX_LENGTH) {
            expected = Expected.error(414, "query-too-long");
        } else if (NormalizedText.normalize(query).isEmpty()) {
            expected = Expected.error(400, "blank-query");
        } else {
            expected = Expected.search(NormalizedText.normalize(query));
        }
        return new Case("search", query, RawHttp.request("GET", "/v1/search?q="
                + URLEncoder.encode(query, StandardCharsets.UTF_8), Map.of(), null), expected);
    }

    private static Case target(Random random) {
        String[] targets = {"/v1/models/%ZZ/infer", "/v1/models/a|b/infer", "/v1/models/a%2Fb/infer",
            "/v1/models/" + CpuModel.NAME + "/infer/extra", "/v1/models//infer", "/v1/models/%E6%89/infer",
            "/v1//models", "/v1/models/" + "m".repeat(300) + "/infer", "/v1/models/%00/infer",
            "/v1/models/..%2F..%2Fetc/infer", "/v1/cache/%ZZ", "/%", "/v1/search?q=%ZZ&q=2", "/v1/models/x{y}/infer"};
        String target = targets[random.nextInt(targets.length)];
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        String request = new String(RawHttp.request("POST", target, headers, "[1,2,3,4]".getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);
        if (random.nextInt(4) == 0) {
            String[] hosts = {"a b", "[::1", "127.0.0.1:99999", "%", "x/y", ""};
            request = request.replace("Host: 127.0.0.1", "Host: " + hosts[random.nextInt(hosts.length)]);
            target = target + " with a bad Host";
        }
        return new Case("target", target, request.getBytes(StandardCharsets.UTF_8), Expected.anyError());
    }

    // ---- what the body should get, read independently of the service's own decoder ------------

    /** The contract for a JSON body: syntax first, then shape, element by element, then length. */
    private static Expected jsonOracle(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            // RFC 8259 lets a parser ignore a byte order mark, and the service does
            text = text.substring(1);
        }
        Supplier<Expected> invalid = () -> Expected.error(400, "invalid-json");
        String problem = null;
        List<Float> values = new ArrayList<>();
        long elements = 0;
        try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
            if (!parser.hasNext()) {
                return invalid.get();
            }
            JsonParser.Event root = parser.next();
            long depth = root == JsonParser.Event.START_ARRAY || root == JsonParser.Event.START_OBJECT ? 1 : 0;
            if (root != JsonParser.Event.START_ARRAY) {
                problem = "not-an-array";
            }
            while (depth > 0) {
                JsonParser.Event event = parser.next();
                boolean element = root == JsonParser.Event.START_ARRAY && depth == 1
                        && event != JsonParser.Event.END_ARRAY;
                if (element) {
                    if (event == JsonParser.Event.VALUE_NUMBER) {
                        if (elements < 4) {
                            float value = Float.parseFloat(parser.getString());
                            if (!Float.isFinite(value) && problem == null) {
                                problem = "not-finite";
                            }
                            values.add(value);
                        }
                    } else if (problem == null) {
                        problem = "not-a-number";
                    }
                    elements++;
                }
                if (event == JsonParser.Event.START_ARRAY || event == JsonParser.Event.START_OBJECT) {
                    depth++;
                    if (depth > TensorBodies.MAX_DEPTH) {
                        return Expected.error(400, "too-deep");
                    }
                } else if (event == JsonParser.Event.END_ARRAY || event == JsonParser.Event.END_OBJECT) {
                    depth--;
                }
            }
            if (parser.hasNext()) {
                return invalid.get();
            }
        } catch (JsonException | NoSuchElementException e) {
            return invalid.get();
        }
        if (problem != null) {
            return Expected.error(400, problem);
        }
        if (elements != 4) {
            return Expected.error(400, "wrong-length");
        }
        return Expected.mean(MeanModel.mean(new float[] {values.get(0), values.get(1), values.get(2), values.get(3)}));
    }

    private static Expected binaryOracle(byte[] body) {
        if (body.length % 4 != 0) {
            return Expected.error(400, "misaligned-bytes");
        }
        if (body.length != 16) {
            return Expected.error(400, "wrong-length");
        }
        float[] input = new float[4];
        ByteBuffer.wrap(body).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(input);
        for (float value : input) {
            if (!Float.isFinite(value)) {
                return Expected.error(400, "not-finite");
            }
        }
        return Expected.mean(MeanModel.mean(input));
    }
}
