package io.cachedinference.interceptor.internal.config;

import io.cachedinference.api.CachedInference;
import io.cachedinference.api.EvictionPolicy;
import io.cachedinference.api.KeyDigest;
import io.cachedinference.api.SingleFlightScope;
import io.cachedinference.api.spi.CacheSettings;
import io.cachedinference.interceptor.internal.compression.ValueCodec;
import io.cachedinference.interceptor.internal.validation.InvalidSettingException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Resolves one cache's settings: configuration over the annotation. Every invalid value is
 * reported, naming the key, the value, its source and what would be valid.
 */
public final class SettingsResolver {

    /** Arrays smaller than this many bytes are stored uncompressed even when compression is on. */
    static final int DEFAULT_COMPRESSION_THRESHOLD = 4096;
    /** The per-cache setting that accepts a provider's own default bound: {@code .bound=provider}. */
    public static final String BOUND = "bound";
    /** The value of {@link #BOUND} that accepts the provider's own default bound and eviction. */
    public static final String BOUND_BY_PROVIDER = "provider";
    /** The value of {@link #BOUND} that asks for the bound the settings state, the default. */
    public static final String BOUND_BY_SETTINGS = "settings";

    private final CachedInferenceConfig config;

    public SettingsResolver(CachedInferenceConfig config) {
        this.config = config;
    }

    /** The settings, or empty after reporting each problem to {@code problems}. */
    public Optional<CacheSettings> resolve(String cacheName, CachedInference annotation, String method,
            Consumer<RuntimeException> problems) {
        List<RuntimeException> found = new ArrayList<>();
        EvictionPolicy eviction = eviction(cacheName, annotation, method, found);
        long maxEntries = maxEntries(cacheName, annotation, method, found);
        Duration ttl = ttl(cacheName, annotation, method, found);
        long maxBytes = maxBytes(cacheName, annotation, method, found);
        double jitter = ttlJitter(cacheName, annotation, method, found);
        boolean boundByProvider = boundByProvider(cacheName, method, found);
        if (!found.isEmpty()) {
            found.forEach(problems);
            return Optional.empty();
        }
        return Optional.of(new CacheSettings(cacheName, eviction, maxEntries, ttl, maxBytes, jitter, boundByProvider));
    }

    private boolean boundByProvider(String cacheName, String method, List<RuntimeException> found) {
        Optional<CachedInferenceConfig.Setting> s = config.cacheSetting(cacheName, BOUND);
        if (s.isEmpty() || s.get().value().isEmpty()) {
            return false;
        }
        if (s.get().value().equalsIgnoreCase(BOUND_BY_PROVIDER)) {
            return true;
        }
        if (!s.get().value().equalsIgnoreCase(BOUND_BY_SETTINGS)) {
            found.add(new InvalidSettingException(s.get().describe() + " is not a source of bounds; use '"
                    + BOUND_BY_SETTINGS + "' (the bound and eviction the settings state, the default) or '"
                    + BOUND_BY_PROVIDER + "' (the provider's own defaults) [cache=" + cacheName + ", method=" + method + "]"));
        }
        return false;
    }

    private EvictionPolicy eviction(String cacheName, CachedInference annotation, String method,
            List<RuntimeException> found) {
        Optional<CachedInferenceConfig.Setting> s = config.cacheSetting(cacheName, "eviction");
        if (s.isEmpty()) {
            return annotation.eviction();
        }
        try {
            return EvictionPolicy.valueOf(s.get().value().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            found.add(new InvalidSettingException(s.get().describe() + " is not an eviction policy; use one of "
                    + Arrays.toString(EvictionPolicy.values()) + " [method=" + method + "]"));
            return null;
        }
    }

    private long maxEntries(String cacheName, CachedInference annotation, String method,
            List<RuntimeException> found) {
        Optional<CachedInferenceConfig.Setting> s = config.cacheSetting(cacheName, "max-entries");
        long value;
        String origin;
        if (s.isPresent()) {
            origin = s.get().describe();
            try {
                value = Long.parseLong(s.get().value().replace("_", ""));
            } catch (NumberFormatException e) {
                found.add(new InvalidSettingException(origin + " is not a whole number [method=" + method + "]"));
                return 0;
            }
        } else {
            value = annotation.maxEntries();
            origin = "@CachedInference(maxEntries=" + value + ")";
        }
        if (value <= 0) {
            found.add(new InvalidSettingException(origin + " must be positive [cache=" + cacheName + ", method=" + method + "]"));
        }
        return value;
    }

    private long maxBytes(String cacheName, CachedInference annotation, String method, List<RuntimeException> found) {
        Optional<CachedInferenceConfig.Setting> s = config.cacheSetting(cacheName, "max-bytes");
        if (s.isEmpty()) {
            if (annotation.maxBytes() < 0) {
                found.add(new InvalidSettingException("@CachedInference(maxBytes=" + annotation.maxBytes()
                        + ") must be 0 (no byte bound) or positive [cache=" + cacheName + ", method=" + method + "]"));
            }
            return annotation.maxBytes();
        }
        Optional<Long> bytes = ByteSize.parse(s.get().value());
        if (bytes.isEmpty()) {
            found.add(new InvalidSettingException(s.get().describe() + " is not a size; use bytes or a unit, such as"
                    + " 65536, 512KB, 64MB or 2GB [cache=" + cacheName + ", method=" + method + "]"));
            return 0;
        }
        return bytes.get();
    }

    private double ttlJitter(String cacheName, CachedInference annotation, String method, List<RuntimeException> found) {
        Optional<CachedInferenceConfig.Setting> s = config.cacheSetting(cacheName, "ttl-jitter");
        String origin = s.map(CachedInferenceConfig.Setting::describe)
                .orElse("@CachedInference(ttlJitter=" + annotation.ttlJitter() + ")");
        double value;
        try {
            value = s.isPresent() ? Double.parseDouble(s.get().value()) : annotation.ttlJitter();
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        if (!(value >= 0 && value < 1)) {
            found.add(new InvalidSettingException(origin + " must be a fraction from 0 up to (not including) 1,"
                    + " such as 0.1 for ±10% [cache=" + cacheName + ", method=" + method + "]"));
            return 0;
        }
        return value;
    }

    private Duration ttl(String cacheName, CachedInference annotation, String method, List<RuntimeException> found) {
        return duration(cacheName, "ttl", annotation.ttl(), method, found);
    }

    /** How long a caller waits for an equal call's model run, or empty after reporting the problem. */
    public Optional<Duration> lockTimeout(String cacheName, CachedInference annotation, String method,
            Consumer<RuntimeException> problems) {
        List<RuntimeException> found = new ArrayList<>();
        Duration timeout = duration(cacheName, "lock-timeout", annotation.lockTimeout(), method, found);
        found.forEach(problems);
        return found.isEmpty() ? Optional.of(timeout) : Optional.empty();
    }

    /**
     * How long an asynchronous run may stay pending before the single flight abandons it,
     * {@code .async-timeout}: by default ten lock timeouts. Empty after reporting an invalid value.
     */
    public Optional<Duration> asyncTimeout(String cacheName, Duration lockTimeout, String method,
            Consumer<RuntimeException> problems) {
        Optional<CachedInferenceConfig.Setting> s = config.cacheSetting(cacheName, "async-timeout");
        if (s.isEmpty()) {
            return Optional.of(lockTimeout.multipliedBy(10));
        }
        try {
            Duration value = Duration.parse(s.get().value());
            if (!value.isZero() && !value.isNegative()) {
                return Optional.of(value);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        problems.accept(new InvalidSettingException(s.get().describe() + " must be a positive ISO-8601 duration such"
                + " as PT30S [cache=" + cacheName + ", method=" + method + "]"));
        return Optional.empty();
    }

    /** How far equal misses coalesce, {@code .single-flight} ({@code jvm} or {@code cluster}) over the annotation. */
    public Optional<SingleFlightScope> singleFlight(String cacheName, CachedInference annotation, String method,
            Consumer<RuntimeException> problems) {
        Optional<CachedInferenceConfig.Setting> s = config.cacheSetting(cacheName, "single-flight");
        if (s.isEmpty()) {
            return Optional.of(annotation.singleFlight());
        }
        for (SingleFlightScope scope : SingleFlightScope.values()) {
            if (scope.name().equalsIgnoreCase(s.get().value())) {
                return Optional.of(scope);
            }
        }
        problems.accept(new InvalidSettingException(s.get().describe() + " is not a single-flight scope; use jvm or"
                + " cluster [cache=" + cacheName + ", method=" + method + "]"));
        return Optional.empty();
    }

    /**
     * How long a cluster leader's claim on a run lasts before another node may take the run over,
     * {@code .lease}: by default the lock timeout. Empty after reporting an invalid value.
     */
    public Optional<Duration> lease(String cacheName, Duration lockTimeout, String method,
            Consumer<RuntimeException> problems) {
        Optional<CachedInferenceConfig.Setting> s = config.cacheSetting(cacheName, "lease");
        if (s.isEmpty()) {
            return Optional.of(lockTimeout);
        }
        try {
            Duration value = Duration.parse(s.get().value());
            if (!value.isZero() && !value.isNegative()) {
                return Optional.of(value);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        problems.accept(new InvalidSettingException(s.get().describe() + " must be a positive ISO-8601 duration such"
                + " as PT10S [cache=" + cacheName + ", method=" + method + "]"));
        return Optional.empty();
    }

    /** The cache's value codec ({@code .compression}, {@code .compression-threshold}), or empty after reporting. */
    public Optional<ValueCodec> codec(String cacheName, String method, Consumer<RuntimeException> problems) {
        Optional<CachedInferenceConfig.Setting> algorithm = config.cacheSetting(cacheName, "compression");
        if (algorithm.isEmpty()) {
            return Optional.of(ValueCodec.none());
        }
        int threshold = DEFAULT_COMPRESSION_THRESHOLD;
        Optional<CachedInferenceConfig.Setting> t = config.cacheSetting(cacheName, "compression-threshold");
        if (t.isPresent()) {
            try {
                threshold = Integer.parseInt(t.get().value().replace("_", ""));
            } catch (NumberFormatException e) {
                threshold = -1;
            }
            if (threshold < 0) {
                problems.accept(new InvalidSettingException(t.get().describe() + " must be a number of bytes, 0 or more"
                        + " [method=" + method + "]"));
                return Optional.empty();
            }
        }
        try {
            return Optional.of(ValueCodec.of(algorithm.get().value(), threshold));
        } catch (IllegalArgumentException e) {
            problems.accept(new InvalidSettingException(algorithm.get().describe() + " cannot be used: " + e.getMessage()
                    + " [method=" + method + "]"));
            return Optional.empty();
        }
    }

    /**
     * The hash of the cache's content key, {@code cached-inference.cache.<cacheName>.digest} over the
     * annotation's {@code digest}, or empty after reporting an invalid value.
     */
    public Optional<KeyDigest> digest(String cacheName, CachedInference annotation, String method,
            Consumer<RuntimeException> problems) {
        Optional<CachedInferenceConfig.Setting> s = config.cacheSetting(cacheName, "digest");
        if (s.isEmpty()) {
            return Optional.of(annotation.digest());
        }
        Optional<KeyDigest> digest = KeyDigest.ofConfigName(s.get().value());
        if (digest.isEmpty()) {
            problems.accept(new InvalidSettingException(s.get().describe() + " is not a key digest; use one of "
                    + Arrays.stream(KeyDigest.values()).map(KeyDigest::configName).toList()
                    + " [cache=" + cacheName + ", method=" + method + "]"));
        }
        return digest;
    }

    /** Whether caching is on, for all caches ({@code cached-inference.enabled}) and for this one. */
    public boolean enabled(String cacheName, String method, Consumer<RuntimeException> problems) {
        return flag(CachedInferenceConfig.ENABLED, method, problems)
                && flag(CachedInferenceConfig.cacheKey(cacheName, "enabled"), method, problems);
    }

    private boolean flag(String key, String method, Consumer<RuntimeException> problems) {
        Optional<CachedInferenceConfig.Setting> s = config.get(key);
        if (s.isEmpty() || s.get().value().equalsIgnoreCase("true")) {
            return true;
        }
        if (!s.get().value().equalsIgnoreCase("false")) {
            problems.accept(new InvalidSettingException(s.get().describe() + " must be true or false [method=" + method + "]"));
        }
        return false;
    }

    private Duration duration(String cacheName, String setting, String annotationText, String method,
            List<RuntimeException> found) {
        Optional<CachedInferenceConfig.Setting> s = config.cacheSetting(cacheName, setting);
        String text = s.map(CachedInferenceConfig.Setting::value).orElse(annotationText);
        String member = setting.equals("ttl") ? "ttl" : "lockTimeout";
        String origin = s.map(CachedInferenceConfig.Setting::describe)
                .orElse("@CachedInference(" + member + "=\"" + text + "\")");
        Duration value;
        try {
            value = Duration.parse(text);
        } catch (DateTimeParseException e) {
            found.add(new InvalidSettingException(origin + " is not an ISO-8601 duration such as PT5M or PT0.5S"
                    + " [cache=" + cacheName + ", method=" + method + "]"));
            return null;
        }
        if (value.isZero() || value.isNegative()) {
            found.add(new InvalidSettingException(origin + " must be positive [cache=" + cacheName + ", method=" + method + "]"));
        }
        return value;
    }
}
