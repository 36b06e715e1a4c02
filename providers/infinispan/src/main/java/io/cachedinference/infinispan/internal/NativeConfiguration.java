package io.cachedinference.infinispan.internal;

import javax.cache.configuration.MutableConfiguration;
import org.infinispan.configuration.cache.Configuration;

/**
 * A JCache configuration that carries the Infinispan configuration JCache cannot express (the
 * entry bound and the lifespan). {@link DeploymentJCacheManager} defines the cache on it, with the
 * JCache settings laid over; any other manager sees a plain {@link MutableConfiguration}.
 */
final class NativeConfiguration<K, V> extends MutableConfiguration<K, V> {

    private static final long serialVersionUID = 1L;

    /** Used where the cache is created, never serialized: JCache copies configurations, not Infinispan's. */
    private final transient Configuration nativeConfiguration;

    NativeConfiguration(Configuration nativeConfiguration) {
        this.nativeConfiguration = nativeConfiguration;
    }

    /** Infinispan's configuration of the cache. */
    Configuration nativeConfiguration() {
        return nativeConfiguration;
    }
}
