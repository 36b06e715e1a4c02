package io.cachedinference.interceptor.internal.config;

import java.util.Map;
import java.util.Optional;

/** Values from a map, for tests and for configuration assembled in code. */
public final class MapConfigSource implements ConfigSource {

    private final Map<String, String> values;
    private final String description;

    public MapConfigSource(Map<String, String> values, String description) {
        this.values = Map.copyOf(values);
        this.description = description;
    }

    /** The configuration of these values alone. */
    public static CachedInferenceConfig config(Map<String, String> values) {
        return new CachedInferenceConfig(java.util.List.of(new MapConfigSource(values, "test")));
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    @Override
    public Iterable<String> names() {
        return values.keySet();
    }

    @Override
    public String description() {
        return description;
    }
}
