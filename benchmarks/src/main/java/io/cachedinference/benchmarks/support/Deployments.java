package io.cachedinference.benchmarks.support;

import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.spi.CacheProviderAdapter;
import io.cachedinference.api.spi.CacheSettings;
import io.cachedinference.interceptor.internal.config.MapConfigSource;
import io.cachedinference.interceptor.internal.core.ResultSizes;
import io.cachedinference.interceptor.internal.provider.DeploymentCaches;
import io.cachedinference.interceptor.internal.provider.DeploymentContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.cache.Cache;

/** Opens a deployment's caches as the core does, for benchmarks that drive the core without a container. */
public final class Deployments {

    private Deployments() {
    }

    /** The adapter's deployment caches, with no configuration; fails with every problem the core found. */
    public static DeploymentCaches open(CacheProviderAdapter adapter, ClassLoader classLoader) {
        List<RuntimeException> problems = new ArrayList<>();
        DeploymentContext context = new DeploymentContext(classLoader, MapConfigSource.config(Map.of()),
                ResultSizes.discover(classLoader));
        return DeploymentCaches.open(adapter, context, problems::add)
                .orElseThrow(() -> new IllegalStateException("cannot open " + adapter.alias() + ": " + problems));
    }

    /** One cache of the deployment; fails with the problem the core found. */
    public static Cache<InferenceKey, Object> create(DeploymentCaches caches, CacheSettings settings) {
        List<RuntimeException> problems = new ArrayList<>();
        return caches.create(settings, problems::add)
                .orElseThrow(() -> new IllegalStateException("cannot create " + settings.cacheName() + ": " + problems));
    }

    /** A context with no configuration, for adapters driven directly. */
    public static DeploymentContext context(ClassLoader classLoader) {
        return new DeploymentContext(classLoader, MapConfigSource.config(Map.of()), ResultSizes.discover(classLoader));
    }
}
