package io.cachedinference.testsupport;

import java.util.HashMap;
import java.util.Map;

/** System properties set for the length of a try block, and restored to what they were when it closes. */
public final class SystemProperties implements AutoCloseable {

    private final Map<String, String> previous = new HashMap<>();

    private SystemProperties(Map<String, String> values) {
        values.forEach((key, value) -> previous.put(key, System.setProperty(key, value)));
    }

    /** Sets each of {@code values}. */
    public static SystemProperties set(Map<String, String> values) {
        return new SystemProperties(values);
    }

    @Override
    public void close() {
        previous.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
    }
}
