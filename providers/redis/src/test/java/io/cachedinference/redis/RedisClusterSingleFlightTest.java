package io.cachedinference.redis;

import io.cachedinference.tck.ClusterSingleFlightSuite;
import io.cachedinference.tck.KitContainer;
import io.cachedinference.tck.ProviderFixture;
import io.cachedinference.testsupport.LoopbackRedis;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;

/** Cluster-wide single flight over three deployments, each with its own Redisson client, on one Redis server. */
final class RedisClusterSingleFlightTest extends ClusterSingleFlightSuite {

    @BeforeAll
    static void server() {
        LoopbackRedis.shared();
    }

    @Override
    protected ProviderFixture fixture() {
        return new RedisFixture();
    }

    /** The cluster is the key prefix: every member's client reads and writes under it. */
    @Override
    protected Map<String, String> firstMember(String cluster) {
        return Map.of("cached-inference.redis.key-prefix", cluster + ":");
    }

    @Override
    protected Map<String, String> joiningMember(String cluster, KitContainer first) {
        return Map.of("cached-inference.redis.key-prefix", cluster + ":");
    }
}
