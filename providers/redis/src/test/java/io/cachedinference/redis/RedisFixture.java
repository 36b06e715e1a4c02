package io.cachedinference.redis;

import io.cachedinference.tck.ProviderFixture;
import io.cachedinference.testsupport.LoopbackRedis;
import java.util.Map;
import java.util.UUID;

/**
 * Redis as the kit sees it: every container a client of the one test server, under a key prefix of its
 * own, so containers share nothing unless a test gives them the same prefix; and every cache bounded by
 * the server ({@code cache-defaults.bound=provider}), as a Redis user configures it.
 */
final class RedisFixture implements ProviderFixture {

    private final LoopbackRedis redis;

    RedisFixture() {
        this(LoopbackRedis.shared());
    }

    RedisFixture(LoopbackRedis redis) {
        this.redis = redis;
    }

    @Override
    public String alias() {
        return "redis";
    }

    @Override
    public Map<String, String> properties() {
        return Map.of("cached-inference.redis.address", redis.address(),
                "cached-inference.redis.key-prefix", prefix(),
                "cached-inference.cache-defaults.bound", "provider");
    }

    /** A key prefix no other container uses. */
    static String prefix() {
        return "test-" + UUID.randomUUID() + ":";
    }
}
