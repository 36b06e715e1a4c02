package io.cachedinference.interceptor.internal.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;

/**
 * The configuration, read from its sources highest first: system properties, then MicroProfile
 * Config when it is on the class path, then every {@code META-INF/cached-inference.properties} on
 * the class path in class-path order; the annotation comes last.
 */
public final class CachedInferenceConfig {

    /** The key that selects the JCache provider, by alias or {@code CachingProvider} class name. */
    public static final String PROVIDER = "cached-inference.provider";
    /** The key that turns all caching off when {@code false}. */
    public static final String ENABLED = "cached-inference.enabled";
    /** The prefix of per-cache keys: {@code cached-inference.cache.<cacheName>.<setting>}. */
    /** {@code false} leaves the JSR-107 cache annotations to another implementation, such as the server's. */
    public static final String JSR107_ENABLED = "cached-inference.jsr107.enabled";
    public static final String CACHE_PREFIX = "cached-inference.cache.";
    /** The prefix of every cache's default: {@code cached-inference.cache-defaults.<setting>}. */
    public static final String CACHE_DEFAULTS_PREFIX = "cached-inference.cache-defaults.";

    private final List<ConfigSource> sources;

    public CachedInferenceConfig(List<ConfigSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /** Loads the standard sources visible to the given class loader. */
    public static CachedInferenceConfig load(ClassLoader classLoader) {
        List<ConfigSource> sources = new ArrayList<>();
        sources.add(new SystemPropertiesSource());
        MicroProfileConfigSource.find(classLoader).ifPresent(sources::add);
        PropertiesFileSource.find(classLoader).forEach(url -> sources.add(new PropertiesFileSource(url)));
        return new CachedInferenceConfig(sources);
    }

    /** The value of a key from the highest source that defines it, trimmed. */
    public Optional<Setting> get(String key) {
        for (ConfigSource source : sources) {
            Optional<String> value = source.get(key);
            if (value.isPresent()) {
                return Optional.of(new Setting(key, value.get().trim(), source.description()));
            }
        }
        return Optional.empty();
    }

    /**
     * Every key that starts with the prefix, without the prefix, with its trimmed value from the highest
     * source that defines it, in key order.
     */
    public Map<String, String> withPrefix(String prefix) {
        Map<String, String> found = new TreeMap<>();
        for (ConfigSource source : sources) {
            for (String name : source.names()) {
                if (name.startsWith(prefix) && name.length() > prefix.length() && !found.containsKey(name.substring(prefix.length()))) {
                    get(name).ifPresent(s -> found.put(name.substring(prefix.length()), s.value()));
                }
            }
        }
        return found;
    }

    /**
     * One cache's setting: {@code cached-inference.cache.<cacheName>.<setting>}, else the default for every
     * cache, {@code cached-inference.cache-defaults.<setting>}; the annotation comes after both.
     */
    public Optional<Setting> cacheSetting(String cacheName, String setting) {
        Optional<Setting> own = get(cacheKey(cacheName, setting));
        return own.isPresent() ? own : get(CACHE_DEFAULTS_PREFIX + setting);
    }

    /** The key of one cache's setting, such as {@code cached-inference.cache.embeddings.ttl}. */
    public static String cacheKey(String cacheName, String setting) {
        return CACHE_PREFIX + cacheName + '.' + setting;
    }

    /** The key of a model's version, {@code cached-inference.model.<model>.version}; it overrides the annotation. */
    public static String modelVersionKey(String model) {
        return "cached-inference.model." + model + ".version";
    }

    /** A configured value with where it came from. */
    public record Setting(String key, String value, String source) {
        /** Describes the setting for an error message. */
        public String describe() {
            return key + "=" + value + " (from " + source + ")";
        }
    }
}
