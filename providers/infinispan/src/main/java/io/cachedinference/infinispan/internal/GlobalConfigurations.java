package io.cachedinference.infinispan.internal;

import java.util.UUID;
import org.infinispan.configuration.global.GlobalConfiguration;
import org.infinispan.configuration.global.GlobalConfigurationBuilder;
import org.infinispan.configuration.global.ShutdownHookBehavior;

/**
 * The global configuration of a deployment's own cache manager, built programmatically so no
 * {@code infinispan.xml} on the class path changes it: local (no transport, so no network at all),
 * the deployment's class loader, no JMX, no metrics (the interceptor keeps its own, and without
 * Micrometer Infinispan warns at every start), and no JVM shutdown hook, as the deployment stops the
 * manager when it closes.
 */
final class GlobalConfigurations {

    private GlobalConfigurations() {
    }

    static GlobalConfiguration local(ClassLoader classLoader) {
        GlobalConfigurationBuilder builder = GlobalConfigurationBuilder.defaultClusteredBuilder().nonClusteredDefault();
        builder.classLoader(classLoader)
                .cacheManagerName("cached-inference-" + UUID.randomUUID().toString().substring(0, 8));
        builder.jmx().enabled(false);
        builder.metrics().gauges(false).histograms(false);
        builder.cacheContainer().statistics(false);
        builder.shutdown().hookBehavior(ShutdownHookBehavior.DONT_REGISTER);
        return builder.build();
    }
}
