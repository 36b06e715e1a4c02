package io.cachedinference.tck;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * A MicroProfile Config source whose values a test sets, to show that a setting given only through
 * MicroProfile Config takes effect. A module registers it for its tests in
 * {@code src/test/resources/META-INF/services/org.eclipse.microprofile.config.spi.ConfigSource} and puts a
 * MicroProfile Config implementation (SmallRye Config) on its test class path.
 */
public final class MicroProfileSettings implements ConfigSource {

    private static final Map<String, String> VALUES = new ConcurrentHashMap<>();

    /** Sets a value until {@link #clear()}. */
    public static void set(String key, String value) {
        VALUES.put(key, value);
    }

    /** Removes every value. */
    public static void clear() {
        VALUES.clear();
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.copyOf(VALUES.keySet());
    }

    @Override
    public String getValue(String propertyName) {
        return VALUES.get(propertyName);
    }

    @Override
    public String getName() {
        return "the test's MicroProfile settings";
    }

    @Override
    public int getOrdinal() {
        return 200;
    }
}
