package io.cachedinference.api;

import java.util.Optional;

/**
 * What a {@link KeyGenerator} learns at deployment about the cache of the method it keys; given to
 * {@link KeyGenerator#configure(KeyGeneratorContext)} once per method.
 */
public interface KeyGeneratorContext {

    /** The name of the cache the method uses. */
    String cacheName();

    /**
     * The configured value of {@code cached-inference.cache.<cacheName>.<name>}, from system
     * properties or {@code META-INF/cached-inference.properties}, trimmed; empty when none is set.
     */
    Optional<String> setting(String name);

    /** The full configuration key of a setting, {@code cached-inference.cache.<cacheName>.<name>}, for messages. */
    String settingKey(String name);

    /**
     * The built-in content key as this cache uses it: with the cache's {@link KeyDigest} and the
     * application's {@link ArgumentKeyer}s. A generator that canonicalizes arguments (rounds,
     * normalizes, fingerprints) can hand the canonical arguments to it.
     */
    KeyGenerator contentKey();
}
