package io.cachedinference.examples.appservers;

import io.cachedinference.testsupport.LoopbackRedis;
import java.util.Map;

/**
 * WildFly, the same WAR, switched to the Redis provider in WEB-INF/lib by system properties, against a
 * real {@code redis-server} (from the embedded-redis jar) that the test starts on 127.0.0.1 and a free
 * port and stops after WildFly. Where embedded-redis has no binary for this OS and architecture, the
 * class is skipped with the reason.
 */
final class WildFlyRedisIT extends AppServerContract {

    static final String REDISSON = "org.redisson.jcache.JCachingProvider";

    private LoopbackRedis redis;

    @Override
    AppServer server() {
        redis = LoopbackRedis.start();
        return new WildFly("wildfly-redis", Map.of("cached-inference.provider", "redis",
                "cached-inference.redis.address", redis.address(),
                "cached-inference.cache-defaults.bound", "provider"));
    }

    @Override
    void afterServerStopped() {
        if (redis != null) {
            redis.close();
        }
    }

    @Override
    String expectedProvider() {
        return REDISSON;
    }
}
