package io.cachedinference.hazelcast.internal;

import com.hazelcast.config.CacheConfig;
import com.hazelcast.config.EvictionConfig;
import com.hazelcast.config.MaxSizePolicy;
import com.hazelcast.core.HazelcastInstance;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.Properties;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.configuration.Configuration;
import javax.cache.spi.CachingProvider;

/**
 * The cache manager of one deployment over the Hazelcast member or client it started: fits each
 * cache to the cluster, and shuts that instance down when closed.
 *
 * <p>Fitting, in {@link #createCache}: an {@code ENTRY_COUNT} size is read as a bound on the whole
 * cache and replaced by the size that keeps it over the cluster's partitions ({@link EntryBound});
 * the backup count is the deployment's. Every other method delegates to Hazelcast's manager, so
 * {@code cache.getCacheManager()} returns that manager, not this one.
 */
final class DeploymentCacheManager implements CacheManager {

    private static final Logger LOG = System.getLogger("io.cachedinference.hazelcast");

    private final CacheManager delegate;
    private final HazelcastInstance instance;
    private final int backupCount;

    DeploymentCacheManager(CacheManager delegate, HazelcastInstance instance, int backupCount) {
        this.delegate = delegate;
        this.instance = instance;
        this.backupCount = backupCount;
    }

    /** The member or client this manager's caches live in. */
    HazelcastInstance instance() {
        return instance;
    }

    @Override
    public <K, V, C extends Configuration<K, V>> Cache<K, V> createCache(String cacheName, C configuration) {
        if (!(configuration instanceof CacheConfig)) {
            return delegate.createCache(cacheName, configuration);
        }
        CacheConfig<K, V> fitted = new CacheConfig<>((CacheConfig<K, V>) configuration);
        fitted.setBackupCount(backupCount);
        EvictionConfig eviction = fitted.getEvictionConfig();
        if (eviction.getMaxSizePolicy() == MaxSizePolicy.ENTRY_COUNT) {
            int partitions = instance.getPartitionService().getPartitions().size();
            if (partitions < 1) {
                // a client that has not received the partition table: nothing to fit the bound to
                throw new IllegalStateException("Cannot bound cache '" + cacheName + "': the cluster's partition count is"
                        + " not known yet [instance=" + instance.getName() + "]");
            }
            int size = EntryBound.evictionSize(cacheName, eviction.getSize(), partitions);
            fitted.setEvictionConfig(new EvictionConfig(eviction).setSize(size));
            LOG.log(Level.DEBUG, () -> "Cache " + cacheName + ": at most " + EntryBound.bound(size, partitions)
                    + " of " + eviction.getSize() + " entries over " + partitions + " partitions (eviction size " + size
                    + "), " + backupCount + " backup(s)");
        }
        return delegate.createCache(cacheName, fitted);
    }

    @Override
    public void close() {
        try {
            delegate.close();
        } finally {
            // Hazelcast's manager leaves an instance given to it running; this one belongs to the deployment
            instance.shutdown();
        }
    }

    @Override
    public boolean isClosed() {
        return delegate.isClosed();
    }

    @Override
    public CachingProvider getCachingProvider() {
        return delegate.getCachingProvider();
    }

    @Override
    public URI getURI() {
        return delegate.getURI();
    }

    @Override
    public ClassLoader getClassLoader() {
        return delegate.getClassLoader();
    }

    @Override
    public Properties getProperties() {
        return delegate.getProperties();
    }

    @Override
    public <K, V> Cache<K, V> getCache(String cacheName, Class<K> keyType, Class<V> valueType) {
        return delegate.getCache(cacheName, keyType, valueType);
    }

    @Override
    public <K, V> Cache<K, V> getCache(String cacheName) {
        return delegate.getCache(cacheName);
    }

    @Override
    public Iterable<String> getCacheNames() {
        return delegate.getCacheNames();
    }

    @Override
    public void destroyCache(String cacheName) {
        delegate.destroyCache(cacheName);
    }

    @Override
    public void enableManagement(String cacheName, boolean enabled) {
        delegate.enableManagement(cacheName, enabled);
    }

    @Override
    public void enableStatistics(String cacheName, boolean enabled) {
        delegate.enableStatistics(cacheName, enabled);
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        return type.isInstance(this) ? type.cast(this) : delegate.unwrap(type);
    }
}
