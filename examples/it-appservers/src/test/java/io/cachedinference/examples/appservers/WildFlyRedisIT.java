package io.cachedinference.examples.appservers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import redis.embedded.RedisServer;

/**
 * WildFly, the same WAR, switched to the Redis provider in WEB-INF/lib by system properties, against a
 * real {@code redis-server} (from the embedded-redis jar) that the test starts on 127.0.0.1 and a free
 * port; the server is killed when the test JVM exits, after WildFly has stopped.
 */
final class WildFlyRedisIT extends AppServerContract {

    static final String REDISSON = "org.redisson.jcache.JCachingProvider";

    @Override
    AppServer server() {
        int port = Ports.free();
        try {
            RedisServer redis = RedisServer.newRedisServer().port(port).bind("127.0.0.1").onShutdownForceStop(true)
                    .setting("protected-mode yes").setting("save \"\"").setting("appendonly no")
                    .setting("maxmemory 64mb").setting("maxmemory-policy allkeys-lru")
                    .soutListener(line -> { }).serrListener(line -> { }).build();
            redis.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start redis-server on 127.0.0.1:" + port, e);
        }
        return new WildFly("wildfly-redis", Map.of("cached-inference.provider", "redis",
                "cached-inference.redis.address", "redis://127.0.0.1:" + port,
                "cached-inference.cache-defaults.bound", "provider"));
    }

    @Override
    String expectedProvider() {
        return REDISSON;
    }
}
