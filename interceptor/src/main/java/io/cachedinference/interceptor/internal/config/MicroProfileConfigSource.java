package io.cachedinference.interceptor.internal.config;

import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads MicroProfile Config (which Payara and WildFly provide), between system properties and the
 * properties file. Only loaded when the MicroProfile Config API is on the class path.
 */
final class MicroProfileConfigSource implements ConfigSource {

    private static final String API = "org.eclipse.microprofile.config.ConfigProvider";

    private final Config config;

    private MicroProfileConfigSource(Config config) {
        this.config = config;
    }

    /** The source, when the API and an implementation are present. */
    static Optional<ConfigSource> find(ClassLoader classLoader) {
        try {
            Class.forName(API, false, classLoader);
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
        return Holder.create(classLoader);
    }

    @Override
    public Optional<String> get(String key) {
        return config.getOptionalValue(key, String.class);
    }

    @Override
    public Iterable<String> names() {
        return config.getPropertyNames();
    }

    @Override
    public String description() {
        return "MicroProfile Config";
    }

    // a nested class, so the API's types are resolved only after the check above
    private static final class Holder {
        static Optional<ConfigSource> create(ClassLoader classLoader) {
            try {
                return Optional.of(new MicroProfileConfigSource(ConfigProvider.getConfig(classLoader)));
            } catch (RuntimeException | LinkageError e) {
                // the API without an implementation: nothing to read
                return Optional.empty();
            }
        }
    }
}
