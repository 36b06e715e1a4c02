package io.cachedinference.interceptor.internal.provider;

import io.cachedinference.api.spi.ProviderConfigurationException;
import io.cachedinference.api.spi.ProviderSettings;
import io.cachedinference.interceptor.internal.config.CachedInferenceConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The core's configuration as adapters read it; collects the values they reject. */
final class ProviderSettingsView implements ProviderSettings {

    private final CachedInferenceConfig config;
    private final List<String> rejected = new ArrayList<>();

    ProviderSettingsView(CachedInferenceConfig config) {
        this.config = config;
    }

    @Override
    public Optional<String> get(String key) {
        return config.get(key).map(CachedInferenceConfig.Setting::value).filter(v -> !v.isEmpty());
    }

    @Override
    public String describe(String key) {
        return config.get(key).map(CachedInferenceConfig.Setting::describe).orElse(key + " (not set)");
    }

    @Override
    public Map<String, String> withPrefix(String prefix) {
        return config.withPrefix(prefix);
    }

    @Override
    public void reject(String key, String expected) {
        rejected.add(describe(key) + " is invalid: expected " + expected + ". Fix or remove the key");
    }

    @Override
    public void check() {
        if (!rejected.isEmpty()) {
            throw new ProviderConfigurationException(List.copyOf(rejected));
        }
    }

    /** Every value rejected so far. */
    List<String> rejected() {
        return List.copyOf(rejected);
    }
}
