package io.cachedinference.api.spi;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The configuration as an adapter reads it, backed by the core's sources in the core's order: system
 * properties, then MicroProfile Config, then every {@code META-INF/cached-inference.properties}.
 * Adapters read their own keys, {@code cached-inference.<alias>.*}, through it, so a key set in any
 * of those sources takes effect. Invalid values are {@linkplain #reject recorded}, not thrown, so
 * deployment reports them with every other problem; {@link #check()} then stops the adapter before
 * it opens anything.
 */
public interface ProviderSettings {

    /** The trimmed value of a key from the highest source that defines it; a blank value counts as unset. */
    Optional<String> get(String key);

    /** The key, its value and the value's source, for messages: {@code key=value (from system properties)}. */
    String describe(String key);

    /**
     * Every key that starts with the prefix, without the prefix, with its value from the highest
     * source that defines it.
     */
    Map<String, String> withPrefix(String prefix);

    /** Records that a key's value is invalid, saying what a valid value looks like. */
    void reject(String key, String expected);

    /**
     * Throws a {@link ProviderConfigurationException} listing every value rejected so far, if any. Call
     * it after reading every key and before opening anything.
     */
    void check();

    /**
     * A parsed value: the fallback when the key is unset, else the parsed value when it parses and is
     * valid; otherwise the value is {@linkplain #reject rejected} and the fallback returned.
     */
    default <T> T get(String key, T fallback, Function<String, ? extends T> parser, Predicate<? super T> valid,
            String expected) {
        Optional<String> value = get(key);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            T parsed = parser.apply(value.get());
            if (parsed != null && valid.test(parsed)) {
                return parsed;
            }
        } catch (RuntimeException e) {
            // rejected below, with the key and the expected form
        }
        reject(key, expected);
        return fallback;
    }

    /** A comma-separated list, trimmed, without empty items; empty when unset. */
    default List<String> list(String key) {
        return get(key).map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toList())).orElse(List.of());
    }
}
