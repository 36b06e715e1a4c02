package io.cachedinference.interceptor.internal.config;

import java.util.Optional;

/** Reads system properties, so {@code -Dcached-inference.…} overrides everything else. */
final class SystemPropertiesSource implements ConfigSource {

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(System.getProperty(key));
    }

    @Override
    public Iterable<String> names() {
        return System.getProperties().stringPropertyNames();
    }

    @Override
    public String description() {
        return "system properties";
    }
}
