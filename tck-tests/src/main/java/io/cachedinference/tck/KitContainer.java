package io.cachedinference.tck;

import io.cachedinference.api.InferenceCaches;
import io.cachedinference.interceptor.internal.CachedInferenceExtension;
import io.cachedinference.interceptor.internal.core.InferenceCacheRegistry;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * A Weld SE container with the given beans and the provider under test selected through
 * configuration; restores the system properties it set when closed.
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
            container = new Weld("cached-inference-kit-" + System.nanoTime())
                    .disableDiscovery()
                    .addBeanClasses(beans)
                    // with discovery off, Weld SE loads no extensions from META-INF/services
                    .addExtension(new CachedInferenceExtension())
                    .initialize();
        } catch (RuntimeException e) {
            restore();
            throw e;
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

    /** The deployment's registry, with access to the JCache caches themselves. */
    public InferenceCacheRegistry registry() {
        return select(CachedInferenceExtension.class).registry();
    }

    @Override
    public void close() {
        try {
            container.shutdown();
        } finally {
            restore();
        }
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
