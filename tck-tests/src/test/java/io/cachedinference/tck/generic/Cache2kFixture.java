package io.cachedinference.tck.generic;

import io.cachedinference.tck.ProviderFixture;
import java.util.Map;

/**
 * cache2k's JCache provider, which no adapter of this project knows, selected by its class name and driven
 * by the generic JSR-107 adapter. Its caches are bounded by cache2k's own XML
 * ({@code cache2k-cached-inference-kit.xml}), and every cache the XML does not name accepts cache2k's
 * default bound ({@code cache-defaults.bound=provider}), as a user of such a provider would configure it.
 */
final class Cache2kFixture implements ProviderFixture {

    static final String PROVIDER = "org.cache2k.jcache.provider.JCacheProvider";

    @Override
    public String alias() {
        return PROVIDER;
    }

    @Override
    public Map<String, String> properties() {
        return Map.of("cached-inference.provider.uri", "cached-inference-kit",
                "cached-inference.cache-defaults.bound", "provider");
    }
}
