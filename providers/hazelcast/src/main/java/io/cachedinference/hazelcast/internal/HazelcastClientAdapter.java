package io.cachedinference.hazelcast.internal;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.cache.HazelcastClientCachingProvider;
import com.hazelcast.core.HazelcastInstance;
import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.spi.CacheSettings;
import io.cachedinference.api.spi.Capabilities;
import io.cachedinference.api.spi.JCacheAdapter;
import io.cachedinference.api.spi.ProviderContext;
import javax.cache.CacheManager;
import javax.cache.configuration.Configuration;
import javax.cache.spi.CachingProvider;

/**
 * Hazelcast as a client of an existing cluster, alias {@code hazelcast-client}: each deployment
 * starts a client of its own, which holds no entries and shares caches with every member and client
 * of the cluster named by {@code cached-inference.hazelcast.cluster-name} (required) at
 * {@code cached-inference.hazelcast.members}.
 *
 * <p>Caches behave as in {@link HazelcastAdapter}, as the cluster's members store and evict: the
 * same capabilities, by value, and the bound fitted to the cluster's partition count. A client that
 * cannot reach the cluster within {@code cached-inference.hazelcast.connect-timeout} fails deployment
 * rather than retrying forever, as Hazelcast's own client does by default. The client is shut down
 * with the manager.
 */
public final class HazelcastClientAdapter extends JCacheAdapter {

    public HazelcastClientAdapter() {
        super("hazelcast-client", HazelcastClientCachingProvider.class.getName());
    }

    @Override
    public Capabilities capabilities() {
        return HazelcastAdapter.capabilitiesOfHazelcast();
    }

    @Override
    public CacheManager openCacheManager(CachingProvider provider, ProviderContext context) {
        HazelcastSettings settings = HazelcastSettings.read(context.settings());
        HazelcastInstance client;
        try {
            client = HazelcastClient.newHazelcastClient(InstanceConfigs.client(settings, context.classLoader()));
        } catch (IllegalStateException e) {
            throw new IllegalStateException("No Hazelcast cluster '" + settings.clusterName() + "' answered at "
                    + settings.clientAddresses() + " within " + settings.connectTimeout() + ". Start the cluster,"
                    + " or correct " + HazelcastSettings.MEMBERS + " and " + HazelcastSettings.CLUSTER_NAME
                    + " (" + e.getMessage() + ")", e);
        }
        return HazelcastAdapter.manage(new HazelcastClientCachingProvider(), client, settings);
    }

    @Override
    protected boolean usesProviderDefinedCaches() {
        return false;
    }

    @Override
    protected Configuration<InferenceKey, Object> configuration(CacheSettings settings, ProviderContext context) {
        return CacheConfigs.of(settings);
    }
}
