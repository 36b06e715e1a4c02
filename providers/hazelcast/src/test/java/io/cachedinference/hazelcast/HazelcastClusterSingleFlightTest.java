package io.cachedinference.hazelcast;

import com.hazelcast.cache.HazelcastCacheManager;
import io.cachedinference.tck.ClusterSingleFlightSuite;
import io.cachedinference.tck.KitContainer;
import io.cachedinference.tck.ProviderFixture;
import io.cachedinference.tck.beans.ClusterModel;
import java.util.Map;

/** Cluster-wide single flight over three embedded Hazelcast members on 127.0.0.1. */
final class HazelcastClusterSingleFlightTest extends ClusterSingleFlightSuite {

    @Override
    protected ProviderFixture fixture() {
        return new HazelcastFixture();
    }

    @Override
    protected Map<String, String> firstMember(String cluster) {
        return Map.of("cached-inference.hazelcast.cluster-name", cluster, "cached-inference.hazelcast.backup-count", "1");
    }

    @Override
    protected Map<String, String> joiningMember(String cluster, KitContainer first) {
        int port = ((HazelcastCacheManager) first.cache(ClusterModel.CACHE).getCacheManager()).getHazelcastInstance()
                .getCluster().getLocalMember().getAddress().getPort();
        return Map.of("cached-inference.hazelcast.cluster-name", cluster, "cached-inference.hazelcast.backup-count", "1",
                "cached-inference.hazelcast.members", "127.0.0.1:" + port);
    }
}
