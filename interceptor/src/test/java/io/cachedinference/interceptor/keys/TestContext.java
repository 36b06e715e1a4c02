package io.cachedinference.interceptor.keys;

import io.cachedinference.api.KeyDigest;
import io.cachedinference.api.KeyGenerator;
import io.cachedinference.api.KeyGeneratorContext;
import io.cachedinference.interceptor.internal.key.ContentKeyGenerator;
import io.cachedinference.interceptor.internal.key.Keyers;
import java.util.Map;
import java.util.Optional;

/** What the deployment would tell a generator: a cache, its settings and its content key. */
record TestContext(String cacheName, Map<String, String> settings, KeyGenerator contentKey)
        implements KeyGeneratorContext {

    static TestContext of(String cacheName, Map<String, String> settings) {
        return new TestContext(cacheName, settings, new ContentKeyGenerator());
    }

    static TestContext sha256(String cacheName) {
        return new TestContext(cacheName, Map.of(), new ContentKeyGenerator(KeyDigest.SHA_256, Keyers.none()));
    }

    @Override
    public Optional<String> setting(String name) {
        return Optional.ofNullable(settings.get(name));
    }

    @Override
    public String settingKey(String name) {
        return "cached-inference.cache." + cacheName + "." + name;
    }
}
