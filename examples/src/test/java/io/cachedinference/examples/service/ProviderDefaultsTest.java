package io.cachedinference.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The defaults the command-line tools add for a named provider. */
final class ProviderDefaultsTest {

    @Test
    void redis_boundsEveryCacheByTheServer_unlessABoundIsGiven() {
        Properties redis = settings("cached-inference.provider", " redis ");
        Properties given = settings("cached-inference.provider", "redis", "cached-inference.cache-defaults.bound", "entries");

        ProviderDefaults.applyTo(redis);
        ProviderDefaults.applyTo(given);

        assertThat(redis.getProperty(ProviderDefaults.BOUND)).isEqualTo("provider");
        assertThat(given.getProperty(ProviderDefaults.BOUND)).isEqualTo("entries");
    }

    @Test
    void otherProviders_getNoDefault() {
        Properties ehcache = settings("cached-inference.provider", "ehcache");
        Properties none = new Properties();

        ProviderDefaults.applyTo(ehcache);
        ProviderDefaults.applyTo(none);

        assertThat(ehcache).doesNotContainKey(ProviderDefaults.BOUND);
        assertThat(none).isEmpty();
    }

    private static Properties settings(String... keysAndValues) {
        Properties p = new Properties();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            p.setProperty(keysAndValues[i], keysAndValues[i + 1]);
        }
        return p;
    }
}
