package io.cachedinference.examples.appservers;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import redis.embedded.RedisServer;

/**
 * WildFly, the same WAR, switched to the Redis provider in WEB-INF/lib by system properties, against a
 * real {@code redis-server} (from the embedded-redis jar) that the test starts on 127.0.0.1 and a free
 * port and stops after WildFly. Where embedded-redis has no binary for this OS and architecture, the
 * class is skipped with the reason.
 */
final class WildFlyRedisIT extends AppServerContract {

    static final String REDISSON = "org.redisson.jcache.JCachingProvider";

    private RedisServer redis;

    @Override
    AppServer server() {
        int port = Ports.free();
        try {
            redis = RedisServer.newRedisServer().port(port).bind("127.0.0.1").onShutdownForceStop(true)
                    .setting("protected-mode yes").setting("save \"\"").setting("appendonly no")
                    .setting("maxmemory 64mb").setting("maxmemory-policy allkeys-lru")
                    .soutListener(line -> { }).serrListener(line -> { }).build();
            redis.start();
        } catch (IOException | RuntimeException e) {
            Assumptions.abort("no Redis server for WildFly with Redis: embedded-redis cannot start redis-server on "
                    + System.getProperty("os.name") + "/" + System.getProperty("os.arch") + " (" + e + ")");
        }
        return new WildFly("wildfly-redis", Map.of("cached-inference.provider", "redis",
                "cached-inference.redis.address", "redis://127.0.0.1:" + port,
                "cached-inference.cache-defaults.bound", "provider"));
    }

    @Override
    void afterServerStopped() {
        if (redis != null) {
            try {
                redis.stop();
            } catch (IOException e) {
                throw new IllegalStateException("Cannot stop the redis-server of " + this, e);
            }
        }
    }

    @Override
    String expectedProvider() {
        return REDISSON;
    }
}
