package io.cachedinference.tck;

import io.cachedinference.api.spi.ProviderContext;
import io.cachedinference.api.spi.ProviderSettings;
import io.cachedinference.api.spi.ValueWeigher;
import java.net.URI;
import java.util.Map;
import java.util.UUID;

/**
 * A {@link ProviderContext} for an adapter's unit tests: the test's class loader, a fresh deployment URI,
 * settings from a map, and a weigher that sizes primitive arrays as the core does (other values weigh 64 bytes).
 */
public final class KitProviderContext implements ProviderContext {

    private final URI uri = URI.create("urn:cached-inference:" + UUID.randomUUID());
    private final ProviderSettings settings;

    private KitProviderContext(Map<String, String> settings) {
        this.settings = new MapProviderSettings(settings);
    }

    /** A context without settings. */
    public static KitProviderContext create() {
        return new KitProviderContext(Map.of());
    }

    /** A context with these settings. */
    public static KitProviderContext withSettings(Map<String, String> settings) {
        return new KitProviderContext(settings);
    }

    @Override
    public ClassLoader classLoader() {
        return KitProviderContext.class.getClassLoader();
    }

    @Override
    public URI deploymentUri() {
        return uri;
    }

    @Override
    public ProviderSettings settings() {
        return settings;
    }

    @Override
    public ValueWeigher weigher() {
        return value -> value instanceof float[] ? 16 + 4L * ((float[]) value).length
                : value instanceof byte[] ? 16 + ((byte[]) value).length : 64;
    }
}
