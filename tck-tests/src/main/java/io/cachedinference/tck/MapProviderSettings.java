package io.cachedinference.tck;

import io.cachedinference.api.spi.ProviderConfigurationException;
import io.cachedinference.api.spi.ProviderSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Provider settings from a map, for an adapter's unit tests: what the core's view gives, without the core. */
public final class MapProviderSettings implements ProviderSettings {

    private final Map<String, String> values;
    private final List<String> rejected = new ArrayList<>();

    public MapProviderSettings(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key)).map(String::trim).filter(v -> !v.isEmpty());
    }

    @Override
    public String describe(String key) {
        return values.containsKey(key) ? key + "=" + values.get(key).trim() + " (from the test)" : key + " (not set)";
    }

    @Override
    public Map<String, String> withPrefix(String prefix) {
        Map<String, String> found = new TreeMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith(prefix) && k.length() > prefix.length()) {
                found.put(k.substring(prefix.length()), v.trim());
            }
        });
        return found;
    }

    @Override
    public void reject(String key, String expected) {
        rejected.add(describe(key) + " is invalid: expected " + expected);
    }

    @Override
    public void check() {
        if (!rejected.isEmpty()) {
            throw new ProviderConfigurationException(List.copyOf(rejected));
        }
    }
}
