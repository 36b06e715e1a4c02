package io.cachedinference.examples.service;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Decodes a request body into the model's input tensor as it streams in, or fails with an
 * {@link ApiException} that names what is wrong. In this order:
 *
 * <ol>
 *   <li>a body over its limit or late: 413 {@code body-too-large} or 408 {@code body-timeout}
 *       ({@link BoundedBody});</li>
 *   <li>a body that is not one JSON value: 400 {@code invalid-json} (with line and column), also
 *       when it is truncated after a valid start such as <code>{"a":</code>; arrays and objects
 *       nested deeper than {@value #MAX_DEPTH} levels: 400 {@code too-deep}, where the parse reaches
 *       them;</li>
 *   <li>valid JSON of the wrong shape: 400 {@code not-an-array}, {@code not-a-number} (with the
 *       element's index), {@code not-finite}, then {@code wrong-length} (expected and actual
 *       element counts);</li>
 *   <li>octet-stream bodies: 400 {@code misaligned-bytes}, {@code wrong-length}, {@code not-finite}.</li>
 * </ol>
 * A JSON body is parsed to its end even after a shape error, so that syntax errors always win;
 * values quoted in messages are cut to {@value #QUOTED} characters. JSON is read as UTF-8, the only
 * encoding RFC 8259 allows between systems, ignoring a leading byte order mark as it permits;
 * malformed bytes become U+FFFD and fail as JSON.
 */
final class TensorBodies {

    static final int QUOTED = 40;

    /** The deepest nesting of arrays and objects read; a tensor needs one level. */
    static final int MAX_DEPTH = 100;

    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

    private TensorBodies() {
    }

    /** A JSON array of numbers, streamed so that a 150,528-element body is never a tree. */
    static float[] fromJson(BoundedBody body, String model, int expectedLength) {
        float[] tensor = new float[expectedLength];
        long count = 0;
        ApiException problem = null;
        try (JsonParser parser = PARSERS.createParser(text(body, model, expectedLength))) {
            JsonParser.Event first = parser.next();
            if (first != JsonParser.Event.START_ARRAY) {
                problem = ApiException.badRequest("not-an-array", "The body must be a JSON array of numbers, but it is "
                        + describe(first), Map.of("model", model, "found", describe(first)));
                skipValue(parser, first, 0, model);
            } else {
                for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_ARRAY; event = parser.next()) {
                    if (event == JsonParser.Event.VALUE_NUMBER) {
                        if (problem == null && count < expectedLength) {
                            String text = parser.getString();
                            float value = Float.parseFloat(text);
                            if (Float.isFinite(value)) {
                                tensor[(int) count] = value;
                            } else {
                                problem = notFinite(count, text, model);
                            }
                        }
                    } else {
                        if (problem == null) {
                            problem = ApiException.badRequest("not-a-number", "Element " + count + " of the array is "
                                    + describe(event) + ", not a number", Map.of("model", model, "index", count,
                                            "found", describe(event)));
                        }
                        skipValue(parser, event, 1, model);
                    }
                    count++;
                }
            }
            if (parser.hasNext()) {
                throw ApiException.badRequest("invalid-json", "The body has more after its JSON value: "
                        + describe(parser.next()) + "; send one JSON array", Map.of("model", model));
            }
        } catch (JsonParsingException e) {
            throw readFailureOr(body, () -> {
                JsonLocation at = e.getLocation();
                return ApiException.badRequest("invalid-json", "The body is not valid JSON at line "
                        + at.getLineNumber() + ", column " + at.getColumnNumber() + ": " + quote(e.getMessage(), 200),
                        Map.of("model", model, "line", at.getLineNumber(), "column", at.getColumnNumber()));
            });
        } catch (ApiException e) {
            throw e;
        } catch (RuntimeException e) {
            // JsonException, NoSuchElementException, and what else a parser throws at input it cannot read
            // (Parsson throws a bare RuntimeException past its own nesting limit)
            throw readFailureOr(body, () -> ApiException.badRequest("invalid-json", "The body is not valid JSON: "
                    + quote(String.valueOf(e.getMessage()), 200), Map.of("model", model)));
        }
        if (problem != null) {
            throw problem;
        }
        checkLength(count, model, expectedLength);
        return tensor;
    }

    /** The body as UTF-8 text, less a leading U+FEFF; 400 {@code invalid-json} when it is empty. */
    private static Reader text(BoundedBody body, String model, int expectedLength) {
        PushbackReader reader = new PushbackReader(new InputStreamReader(body, StandardCharsets.UTF_8), 1);
        try {
            int first = reader.read();
            if (first < 0) {
                throw ApiException.badRequest("invalid-json", "The body is empty; send a JSON array of "
                        + expectedLength + " numbers for model '" + model + "'",
                        Map.of("model", model, "expectedLength", expectedLength));
            }
            if (first != '\uFEFF') {
                reader.unread(first);
            }
        } catch (IOException e) {
            throw readFailureOr(body, () -> ApiException.bodyUnreadable("The request body could not be read: " + e,
                    Map.of("model", model), e));
        }
        return reader;
    }

    /** Little-endian IEEE 754 float32 values, four bytes each; buffers at most the tensor's bytes. */
    static float[] fromLittleEndian(BoundedBody body, String model, int expectedLength) {
        byte[] bytes = new byte[expectedLength * Float.BYTES];
        long total = 0;
        try {
            int n = 0;
            while (total < bytes.length && (n = body.read(bytes, (int) total, bytes.length - (int) total)) >= 0) {
                total += n;
            }
            if (n >= 0) {
                // a body longer than the tensor: count the rest without keeping it
                byte[] rest = new byte[8192];
                while ((n = body.read(rest, 0, rest.length)) >= 0) {
                    total += n;
                }
            }
        } catch (IOException e) {
            throw readFailureOr(body, () -> ApiException.bodyUnreadable("The request body could not be read: " + e,
                    Map.of("model", model), e));
        }
        if (total % Float.BYTES != 0) {
            throw ApiException.badRequest("misaligned-bytes", "The body has " + total
                    + " bytes, not a multiple of 4: send little-endian float32 values",
                    Map.of("model", model, "bytes", total));
        }
        checkLength(total / Float.BYTES, model, expectedLength);
        float[] tensor = new float[expectedLength];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(tensor);
        for (int i = 0; i < tensor.length; i++) {
            if (!Float.isFinite(tensor[i])) {
                throw notFinite(i, Float.toString(tensor[i]), model);
            }
        }
        return tensor;
    }

    /** The body's own failure (over the limit, late, unreadable) if it had one, else the decoding error. */
    private static ApiException readFailureOr(BoundedBody body, java.util.function.Supplier<ApiException> otherwise) {
        ApiException failure = body.failure();
        return failure != null ? failure : otherwise.get();
    }

    /**
     * Skips the rest of a value whose first event was {@code first}, found at {@code outer} levels of
     * nesting, still checking its syntax; 400 {@code too-deep} past {@value #MAX_DEPTH} levels.
     */
    private static void skipValue(JsonParser parser, JsonParser.Event first, int outer, String model) {
        if (first != JsonParser.Event.START_ARRAY && first != JsonParser.Event.START_OBJECT) {
            return;
        }
        int depth = 1;
        while (depth > 0) {
            switch (parser.next()) {
                case START_ARRAY:
                case START_OBJECT:
                    depth++;
                    if (outer + depth > MAX_DEPTH) {
                        throw ApiException.badRequest("too-deep", "The body nests arrays and objects more than "
                                + MAX_DEPTH + " levels deep; send one flat JSON array of numbers",
                                Map.of("model", model, "maxDepth", MAX_DEPTH));
                    }
                    break;
                case END_ARRAY:
                case END_OBJECT:
                    depth--;
                    break;
                default:
                    break;
            }
        }
    }

    private static ApiException notFinite(long index, String text, String model) {
        String value = quote(text, QUOTED);
        return ApiException.badRequest("not-finite", "Element " + index + " is " + value
                + ", which is not a finite float32; inputs must be finite",
                Map.of("model", model, "index", index, "value", value));
    }

    private static void checkLength(long actual, String model, int expectedLength) {
        if (actual != expectedLength) {
            throw ApiException.badRequest("wrong-length", "Model '" + model + "' expects " + expectedLength
                    + " floats, the body has " + actual, Map.of("model", model, "expectedLength", expectedLength,
                            "actualLength", actual));
        }
    }

    /** The text, or its start and its length when it is longer than {@code max} characters. */
    static String quote(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "... (" + text.length() + " characters)";
    }

    private static String describe(JsonParser.Event event) {
        switch (event) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "a string";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NULL:
                return "null";
            case VALUE_NUMBER:
                return "a number";
            default:
                return event.toString();
        }
    }
}
