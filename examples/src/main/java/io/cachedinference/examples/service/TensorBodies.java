package io.cachedinference.examples.service;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;

/**
 * Decodes a request body into the model's input tensor, or fails with a 400 {@link ApiException}
 * that names what is wrong: {@code invalid-json} (with line and column), {@code not-an-array},
 * {@code not-a-number} (with the element's index), {@code not-finite}, {@code wrong-length}
 * (expected and actual element counts) or {@code misaligned-bytes}.
 */
final class TensorBodies {

    private TensorBodies() {
    }

    /** A JSON array of numbers, streamed so that a 150,528-element body is never a tree. */
    static float[] fromJson(byte[] body, String model, int expectedLength) {
        if (body.length == 0) {
            throw ApiException.badRequest("invalid-json", "The body is empty; send a JSON array of "
                    + expectedLength + " numbers for model '" + model + "'",
                    Map.of("model", model, "expectedLength", expectedLength));
        }
        float[] tensor = new float[expectedLength];
        int count = 0;
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
            JsonParser.Event first = parser.next();
            if (first != JsonParser.Event.START_ARRAY) {
                throw ApiException.badRequest("not-an-array", "The body must be a JSON array of numbers, but it is "
                        + describe(first), Map.of("model", model, "found", describe(first)));
            }
            for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_ARRAY; event = parser.next()) {
                if (event != JsonParser.Event.VALUE_NUMBER) {
                    throw ApiException.badRequest("not-a-number", "Element " + count + " of the array is "
                            + describe(event) + ", not a number", Map.of("model", model, "index", count,
                                    "found", describe(event)));
                }
                if (count < expectedLength) {
                    String text = parser.getString();
                    float value = Float.parseFloat(text);
                    if (!Float.isFinite(value)) {
                        throw notFinite(count, text, model);
                    }
                    tensor[count] = value;
                }
                count++;
            }
            if (parser.hasNext()) {
                parser.next();
            }
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            throw ApiException.badRequest("invalid-json", "The body is not valid JSON at line " + at.getLineNumber()
                    + ", column " + at.getColumnNumber() + ": " + e.getMessage(),
                    Map.of("model", model, "line", at.getLineNumber(), "column", at.getColumnNumber()));
        } catch (JsonException | java.util.NoSuchElementException e) {
            throw ApiException.badRequest("invalid-json", "The body is not valid JSON: " + e.getMessage(),
                    Map.of("model", model));
        }
        checkLength(count, model, expectedLength);
        return tensor;
    }

    /** Little-endian IEEE 754 float32 values, four bytes each. */
    static float[] fromLittleEndian(byte[] body, String model, int expectedLength) {
        if (body.length % Float.BYTES != 0) {
            throw ApiException.badRequest("misaligned-bytes", "The body has " + body.length
                    + " bytes, not a multiple of 4: send little-endian float32 values",
                    Map.of("model", model, "bytes", body.length));
        }
        checkLength(body.length / Float.BYTES, model, expectedLength);
        float[] tensor = new float[expectedLength];
        ByteBuffer.wrap(body).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(tensor);
        for (int i = 0; i < tensor.length; i++) {
            if (!Float.isFinite(tensor[i])) {
                throw notFinite(i, Float.toString(tensor[i]), model);
            }
        }
        return tensor;
    }

    private static ApiException notFinite(int index, String text, String model) {
        return ApiException.badRequest("not-finite", "Element " + index + " is " + text
                + ", which is not a finite float32; inputs must be finite",
                Map.of("model", model, "index", index, "value", text));
    }

    private static void checkLength(int actual, String model, int expectedLength) {
        if (actual != expectedLength) {
            throw ApiException.badRequest("wrong-length", "Model '" + model + "' expects " + expectedLength
                    + " floats, the body has " + actual, Map.of("model", model, "expectedLength", expectedLength,
                            "actualLength", actual));
        }
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
