package io.cachedinference.infinispan;

import io.cachedinference.tck.ClusterSingleFlightSuite;
import io.cachedinference.tck.KitContainer;
import io.cachedinference.tck.ProviderFixture;
import io.cachedinference.tck.beans.ClusterModel;
import java.util.Map;
import org.infinispan.manager.EmbeddedCacheManager;
import org.infinispan.remoting.transport.Transport;
import org.infinispan.factories.GlobalComponentRegistry;

/** Cluster-wide single flight over three embedded Infinispan members in one JGroups cluster on 127.0.0.1. */
final class InfinispanClusterSingleFlightTest extends ClusterSingleFlightSuite {

    @Override
    protected ProviderFixture fixture() {
        return new InfinispanFixture();
    }

    @Override
    protected Map<String, String> firstMember(String cluster) {
        return Map.of("cached-inference.infinispan.cluster-name", cluster);
    }

    @Override
    protected Map<String, String> joiningMember(String cluster, KitContainer first) {
        EmbeddedCacheManager manager = first.cache(ClusterModel.CACHE).getCacheManager().unwrap(EmbeddedCacheManager.class);
        String address = GlobalComponentRegistry.of(manager).getComponent(Transport.class).getPhysicalAddresses().get(0)
                .toString();
        return Map.of("cached-inference.infinispan.cluster-name", cluster, "cached-inference.infinispan.members", address);
    }
}
