package io.cachedinference.interceptor.annotations;

import io.cachedinference.api.CacheStatistics;
import io.cachedinference.api.InferenceCaches;
import io.cachedinference.interceptor.internal.CachedInferenceExtension;
import io.cachedinference.interceptor.internal.fakes.LogCapture;
import io.cachedinference.testsupport.SystemProperties;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * A Weld SE container with our extension and the given beans, over Ehcache's JCache provider selected by its
 * class name (the generic adapter), as an application using the JSR-107 annotations deploys.
 */
final class AnnotationContainer implements AutoCloseable {

    static final String PROVIDER = "org.ehcache.jsr107.EhcacheCachingProvider";

    private final WeldContainer container;

    private AnnotationContainer(WeldContainer container) {
        this.container = container;
    }

    static AnnotationContainer start(Class<?>... beans) {
        return start(Map.of(), beans);
    }

    /** A container with extra configuration, given as system properties while it starts. */
    static AnnotationContainer start(Map<String, String> config, Class<?>... beans) {
        return new AnnotationContainer(initialize(config, beans));
    }

    /** Every problem of a deployment that must fail, its logs kept off the console. */
    static List<String> deploymentProblems(Class<?>... beans) {
        return deploymentProblems(Map.of(), beans);
    }

    /** {@link #deploymentProblems(Class[])} with extra configuration. */
    static List<String> deploymentProblems(Map<String, String> config, Class<?>... beans) {
        try (LogCapture weldLog = LogCapture.of("org.jboss.weld"); LogCapture ours = LogCapture.of("io.cachedinference")) {
            WeldContainer container;
            try {
                container = initialize(config, beans);
            } catch (RuntimeException e) {
                List<String> messages = new ArrayList<>();
                collect(e, messages, new IdentityHashMap<>());
                return messages;
            }
            container.shutdown();
            throw new AssertionError("the deployment succeeded; logged: " + weldLog.messages(Level.WARNING)
                    + ours.messages(Level.WARNING));
        }
    }

    // the provider is configured while the container starts, when deployment reads it, and restored right after
    @SuppressWarnings("try") // the properties are in force while the container starts
    private static WeldContainer initialize(Map<String, String> config, Class<?>... beans) {
        // the generic adapter cannot bound a @CachedInference cache itself: the provider's default bound is accepted
        Map<String, String> settings = new HashMap<>(Map.of("cached-inference.provider", PROVIDER,
                "cached-inference.cache-defaults.bound", "provider"));
        settings.putAll(config);
        try (SystemProperties scope = SystemProperties.set(settings)) {
            return new Weld("jsr107-" + System.nanoTime()).disableDiscovery().addBeanClasses(beans)
                    .addExtension(new CachedInferenceExtension()).initialize();
        }
    }

    private static void collect(Throwable t, List<String> messages, Map<Throwable, Boolean> seen) {
        if (t == null || seen.put(t, Boolean.TRUE) != null) {
            return;
        }
        if (t.getMessage() != null && t.getMessage().startsWith("CI-")
                && (t.getCause() == null || !t.getMessage().equals(t.getCause().getMessage()))) {
            messages.add(t.getMessage());
        }
        collect(t.getCause(), messages, seen);
        for (Throwable s : t.getSuppressed()) {
            collect(s, messages, seen);
        }
    }

    <T> T bean(Class<T> type) {
        return container.select(type).get();
    }

    /** The statistics of a cache, which must exist. */
    CacheStatistics statistics(String cacheName) {
        return bean(InferenceCaches.class).statistics(cacheName)
                .orElseThrow(() -> new AssertionError("no cache '" + cacheName + "' in "
                        + bean(InferenceCaches.class).statistics().keySet()));
    }

    @Override
    public void close() {
        container.shutdown();
    }
}
