package io.cachedinference.examples.service;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * How much of a request body the service reads, and for how long. Read from system properties
 * ({@link #fromSystemProperties()}, what {@code InferenceServer.main} and a WAR use) or given to
 * {@link InferenceServer#start(int, org.jboss.weld.environment.se.Weld, ServiceSettings)}.
 *
 * <ol>
 *   <li>{@value #MAX_BODY_BYTES}: the largest {@code application/octet-stream} body; by default
 *       {@value #BINARY_BYTES_PER_FLOAT} bytes per input float of the largest model, rounded up to a
 *       multiple of 64 KiB (655,360 bytes for 1&times;3&times;224&times;224, whose tensors have
 *       602,112 bytes).</li>
 *   <li>{@value #MAX_JSON_BODY_BYTES}: the largest {@code application/json} body; by default
 *       {@value #JSON_BYTES_PER_FLOAT} bytes per input float of the largest model (room for
 *       17-digit doubles, a comma and a space each), rounded up the same way (3,670,016 bytes).</li>
 *   <li>{@value #BODY_TIMEOUT}: the time a body has to arrive in full, as an ISO-8601 duration;
 *       default {@code PT30S}. On Weld SE it is also the HTTP server's read timeout, so a body that
 *       stalls fails within it and one that trickles within it plus one read.</li>
 * </ol>
 * A body over its limit is refused with 413 {@code body-too-large} as soon as the limit is passed
 * (or at once, when its {@code Content-Length} says so); a late one with 408 {@code body-timeout}.
 * Both close the connection, so the rest of the body is never read.
 */
public final class ServiceSettings {

    /** System property: the largest octet-stream body in bytes. */
    public static final String MAX_BODY_BYTES = "examples.service.body.max-bytes";

    /** System property: the largest JSON body in bytes. */
    public static final String MAX_JSON_BODY_BYTES = "examples.service.body.max-json-bytes";

    /** System property: the time a whole body may take to arrive (ISO-8601, such as {@code PT30S}). */
    public static final String BODY_TIMEOUT = "examples.service.body.timeout";

    static final int BINARY_BYTES_PER_FLOAT = 4;
    static final int JSON_BYTES_PER_FLOAT = 24;
    static final long ROUNDING = 64 * 1024;
    static final Duration DEFAULT_BODY_TIMEOUT = Duration.ofSeconds(30);

    private static final List<String> NAMES = List.of(MAX_BODY_BYTES, MAX_JSON_BODY_BYTES, BODY_TIMEOUT);

    private final OptionalLong maxBodyBytes;
    private final OptionalLong maxJsonBodyBytes;
    private final Duration bodyTimeout;

    private ServiceSettings(OptionalLong maxBodyBytes, OptionalLong maxJsonBodyBytes, Duration bodyTimeout) {
        this.maxBodyBytes = maxBodyBytes;
        this.maxJsonBodyBytes = maxJsonBodyBytes;
        this.bodyTimeout = bodyTimeout;
    }

    /** The defaults: limits from the largest model, 30 seconds per body. */
    public static ServiceSettings defaults() {
        return of(Map.of());
    }

    /** The settings the system properties give; unset ones take their defaults. */
    public static ServiceSettings fromSystemProperties() {
        Map<String, String> values = new TreeMap<>();
        for (String name : NAMES) {
            String value = System.getProperty(name);
            if (value != null && !value.isBlank()) {
                values.put(name, value);
            }
        }
        return of(values);
    }

    /**
     * Settings by name; absent names take their defaults.
     *
     * @throws IllegalArgumentException naming the setting, the value and what is allowed, when a
     *                                  value is invalid or a name unknown
     */
    public static ServiceSettings of(Map<String, String> values) {
        for (String name : values.keySet()) {
            if (!NAMES.contains(name)) {
                throw new IllegalArgumentException("Unknown service setting '" + name + "'; settings: " + NAMES);
            }
        }
        return new ServiceSettings(bytes(values, MAX_BODY_BYTES), bytes(values, MAX_JSON_BODY_BYTES),
                duration(values, BODY_TIMEOUT));
    }

    /** The octet-stream limit for a service whose largest model takes {@code largestInput} floats. */
    long maxBodyBytes(int largestInput) {
        return maxBodyBytes.orElseGet(() -> roundUp((long) largestInput * BINARY_BYTES_PER_FLOAT));
    }

    /** The JSON limit for a service whose largest model takes {@code largestInput} floats. */
    long maxJsonBodyBytes(int largestInput) {
        return maxJsonBodyBytes.orElseGet(() -> roundUp((long) largestInput * JSON_BYTES_PER_FLOAT));
    }

    /** The time a whole body may take. */
    Duration bodyTimeout() {
        return bodyTimeout;
    }

    private static long roundUp(long bytes) {
        return Math.max(1, (bytes + ROUNDING - 1) / ROUNDING) * ROUNDING;
    }

    private static OptionalLong bytes(Map<String, String> values, String name) {
        String text = values.get(name);
        if (text == null) {
            return OptionalLong.empty();
        }
        try {
            long value = Long.parseLong(text.strip());
            if (value > 0) {
                return OptionalLong.of(value);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a positive number of bytes, such as 655360, got '"
                + text + "'");
    }

    private static Duration duration(Map<String, String> values, String name) {
        String text = values.get(name);
        if (text == null) {
            return DEFAULT_BODY_TIMEOUT;
        }
        try {
            Duration value = Duration.parse(text.strip());
            if (!value.isNegative() && !value.isZero()) {
                return value;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a positive ISO-8601 duration, such as PT30S, got '"
                + text + "'");
    }

    /** The settings as {@code name=value} text, for messages. */
    @Override
    public String toString() {
        Function<OptionalLong, String> bytes = v -> v.isPresent() ? Long.toString(v.getAsLong()) : "from the models";
        return MAX_BODY_BYTES + "=" + bytes.apply(maxBodyBytes) + ", " + MAX_JSON_BODY_BYTES + "="
                + bytes.apply(maxJsonBodyBytes) + ", " + BODY_TIMEOUT + "=" + bodyTimeout;
    }
}
