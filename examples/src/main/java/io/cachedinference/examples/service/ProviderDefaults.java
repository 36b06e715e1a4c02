package io.cachedinference.examples.service;

import java.util.Properties;

/**
 * What the command-line tools assume for a provider the user names: with {@code cached-inference.provider=redis}
 * and no {@code cached-inference.cache-defaults.bound}, every cache is bounded by the Redis server's
 * {@code maxmemory-policy} ({@code bound=provider}), since Redis bounds no single cache.
 */
public final class ProviderDefaults {

    /** The provider setting. */
    public static final String PROVIDER = "cached-inference.provider";
    /** The default bound of every cache. */
    public static final String BOUND = "cached-inference.cache-defaults.bound";

    private ProviderDefaults() {
    }

    /** Adds the defaults the named provider needs to {@code settings}, leaving every key already set alone. */
    public static void applyTo(Properties settings) {
        String provider = settings.getProperty(PROVIDER, "").strip();
        if (provider.equals("redis") && settings.getProperty(BOUND) == null) {
            settings.setProperty(BOUND, "provider");
        }
    }
}
