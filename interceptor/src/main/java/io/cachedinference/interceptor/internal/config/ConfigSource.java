package io.cachedinference.interceptor.internal.config;

import java.util.Optional;

/** One place configuration is read from. */
public interface ConfigSource {

    /** The value of a key, if this source defines it. */
    Optional<String> get(String key);

    /** Where the values come from, for messages (for example {@code system properties}). */
    String description();

    /** Every key this source defines, for reading all keys under a prefix. */
    Iterable<String> names();
}
