package io.cachedinference.benchmarks.hitpath;

import io.cachedinference.api.CacheStatistics;
import io.cachedinference.api.InferenceCaches;
import io.cachedinference.interceptor.internal.CachedInferenceExtension;
import io.cachedinference.interceptor.internal.core.InferenceCacheRegistry;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * A Weld SE container with discovery off and explicit bean classes, as {@code tck-tests}'
 * {@code KitContainer} starts one. With a provider alias it also adds cached-inference's extension
 * and selects the provider through {@code cached-inference.provider}, set only while the container
 * starts (the extension reads its configuration then). The batch and compression benchmarks start
 * theirs here too, with more configuration.
 */
public final class HitPathContainer implements AutoCloseable {

    private static final String PROVIDER = "cached-inference.provider";

    private final WeldContainer container;

    private HitPathContainer(WeldContainer container) {
        this.container = container;
    }

    /** A container with the given beans and interceptors, without cached-inference. */
    public static HitPathContainer plain(Class<?>... beans) {
        return new HitPathContainer(weld("plain", beans).initialize());
    }

    /** A container with cached-inference on the given provider ({@code ehcache}, {@code caffeine}). */
    public static HitPathContainer cachedInference(String providerAlias, Class<?>... beans) {
        return cachedInference(providerAlias, Map.of(), beans);
    }

    /**
     * A container with cached-inference on the given provider and more configuration (for example
     * {@code cached-inference.cache.<name>.compression}), each set as a system property only while
     * the container starts.
     */
    public static HitPathContainer cachedInference(String providerAlias, Map<String, String> config, Class<?>... beans) {
        Map<String, String> properties = new LinkedHashMap<>(config);
        properties.put(PROVIDER, providerAlias);
        Map<String, String> previous = new HashMap<>();
        properties.forEach((k, v) -> previous.put(k, System.setProperty(k, v)));
        try {
            return new HitPathContainer(weld(providerAlias, beans)
                    // with discovery off, Weld SE loads no extensions from META-INF/services
                    .addExtension(new CachedInferenceExtension())
                    .initialize());
        } finally {
            previous.forEach((k, v) -> {
                if (v == null) {
                    System.clearProperty(k);
                } else {
                    System.setProperty(k, v);
                }
            });
        }
    }

    private static Weld weld(String name, Class<?>... beans) {
        return new Weld("hit-path-" + name + "-" + System.nanoTime()).disableDiscovery().addBeanClasses(beans);
    }

    /** The contextual reference of a bean: for a normal-scoped bean, Weld's client proxy. */
    public <T> T select(Class<T> type) {
        return container.select(type).get();
    }

    /** The statistics of the {@code @CachedInference} variant's cache. */
    public CacheStatistics statistics() {
        return statistics(HitPathNames.CACHE);
    }

    /** The statistics of one cache of a {@code @CachedInference} method in this container. */
    public CacheStatistics statistics(String cacheName) {
        return select(InferenceCaches.class).statistics(cacheName).orElseThrow(() -> new IllegalStateException(
                "No cache '" + cacheName + "' in this container; start it with cachedInference(alias, beans) and a bean"
                        + " whose @CachedInference method names that cache"));
    }

    /** The deployment's registry, which hands out the JCache caches themselves. */
    public InferenceCacheRegistry registry() {
        return select(CachedInferenceExtension.class).registry();
    }

    @Override
    public void close() {
        container.shutdown();
    }
}
