package io.cachedinference.tck;

import io.cachedinference.api.InferenceCaches;
import io.cachedinference.api.InferenceKey;
import jakarta.enterprise.inject.spi.Extension;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import javax.cache.Cache;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * A Weld SE container with the given beans and the provider under test selected through
 * configuration, given as system properties while the container starts (deployment reads them then) and
 * restored right after, so containers that run side by side never see each other's. It knows the library only as an
 * application does: through its annotation, its API and the portable extension it registers in
 * {@code META-INF/services}.
 */
public final class KitContainer implements AutoCloseable {

    private final Map<String, String> previous = new HashMap<>();
    private final WeldContainer container;

    private KitContainer(ProviderFixture fixture, Map<String, String> config, Class<?>... beans) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("cached-inference.provider", fixture.alias());
        properties.putAll(fixture.properties());
        properties.putAll(config);
        properties.forEach((k, v) -> previous.put(k, System.setProperty(k, v)));
        try {
            Weld weld = new Weld("cached-inference-kit-" + System.nanoTime())
                    .disableDiscovery()
                    .addBeanClasses(beans);
            // with discovery off, Weld SE loads no extensions from META-INF/services: add them as found there
            for (Extension extension : ServiceLoader.load(Extension.class)) {
                weld.addExtension(extension);
            }
            container = weld.initialize();
        } finally {
            restore();
        }
    }

    /** Starts a container with the provider under test and the given beans. */
    public static KitContainer start(ProviderFixture fixture, Class<?>... beans) {
        return new KitContainer(fixture, Map.of(), beans);
    }

    /** Starts a container with extra configuration, applied as system properties while it runs. */
    public static KitContainer start(ProviderFixture fixture, Map<String, String> config, Class<?>... beans) {
        return new KitContainer(fixture, config, beans);
    }

    /** A bean of the container. */
    public <T> T select(Class<T> type) {
        return container.select(type).get();
    }

    /** The injectable caches facade. */
    public InferenceCaches caches() {
        return select(InferenceCaches.class);
    }

    /** The JCache cache of a name, as {@link InferenceCaches#unwrap} gives it. */
    @SuppressWarnings("unchecked")
    public Cache<InferenceKey, Object> cache(String cacheName) {
        return caches().unwrap(cacheName, Cache.class)
                .orElseThrow(() -> new AssertionError("No cache named '" + cacheName + "'"));
    }

    @Override
    public void close() {
        container.shutdown();
    }

    private void restore() {
        previous.forEach((k, v) -> {
            if (v == null) {
                System.clearProperty(k);
            } else {
                System.setProperty(k, v);
            }
        });
    }
}
