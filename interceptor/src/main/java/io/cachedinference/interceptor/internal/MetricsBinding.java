package io.cachedinference.interceptor.internal;

import io.cachedinference.interceptor.internal.core.InferenceCacheRegistry;
import io.cachedinference.interceptor.internal.metrics.MicrometerMetrics;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Set;

/**
 * Binds the caches' metrics to the application's Micrometer {@code MeterRegistry} bean, when
 * Micrometer is on the class path and such a bean exists; otherwise does nothing.
 */
final class MetricsBinding implements AutoCloseable {

    private static final Logger LOG = System.getLogger("io.cachedinference");
    private static final String METER_REGISTRY = "io.micrometer.core.instrument.MeterRegistry";

    private final MicrometerMetrics bound;

    private MetricsBinding(MicrometerMetrics bound) {
        this.bound = bound;
    }

    static MetricsBinding bindIfPresent(BeanManager beanManager, InferenceCacheRegistry registry, ClassLoader loader) {
        Class<?> type;
        try {
            type = Class.forName(METER_REGISTRY, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return new MetricsBinding(null);
        }
        Set<Bean<?>> beans = beanManager.getBeans(type);
        if (beans.isEmpty()) {
            LOG.log(Level.DEBUG, "Micrometer is present but no MeterRegistry bean: cache metrics not published");
            return new MetricsBinding(null);
        }
        Bean<?> bean = beanManager.resolve(beans);
        Object meterRegistry = beanManager.getReference(bean, type, beanManager.createCreationalContext(bean));
        return new MetricsBinding(MicrometerMetrics.bind(meterRegistry, registry.statistics(), registry::models));
    }

    @Override
    public void close() {
        if (bound != null) {
            bound.close();
        }
    }
}
