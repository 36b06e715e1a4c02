package io.cachedinference.benchmarks.hitpath;

import io.cachedinference.api.CacheStatistics;
import io.cachedinference.api.InferenceCaches;
import io.cachedinference.interceptor.internal.CachedInferenceExtension;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * A Weld SE container with discovery off and explicit bean classes, as {@code tck-tests}'
 * {@code KitContainer} starts one. With a provider alias it also adds cached-inference's extension
 * and selects the provider through {@code cached-inference.provider}, set only while the container
 * starts (the extension reads its configuration then).
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
        String previous = System.setProperty(PROVIDER, providerAlias);
        try {
            return new HitPathContainer(weld(providerAlias, beans)
                    // with discovery off, Weld SE loads no extensions from META-INF/services
                    .addExtension(new CachedInferenceExtension())
                    .initialize());
        } finally {
            if (previous == null) {
                System.clearProperty(PROVIDER);
            } else {
                System.setProperty(PROVIDER, previous);
            }
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
        return select(InferenceCaches.class).statistics(HitPathNames.CACHE).orElseThrow(() -> new IllegalStateException(
                "No cache '" + HitPathNames.CACHE + "' in this container; start it with cachedInference(alias, Cached.class)"));
    }

    @Override
    public void close() {
        container.shutdown();
    }
}
