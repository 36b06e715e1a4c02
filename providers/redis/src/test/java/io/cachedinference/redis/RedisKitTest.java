package io.cachedinference.redis;

import io.cachedinference.tck.ProviderFixture;
import io.cachedinference.tck.ProviderKit;
import io.cachedinference.testsupport.LoopbackRedis;
import org.junit.jupiter.api.BeforeAll;

/** The whole provider kit on a real Redis server. */
final class RedisKitTest extends ProviderKit {

    @BeforeAll
    static void server() {
        LoopbackRedis.shared();
    }

    @Override
    protected ProviderFixture fixture() {
        return new RedisFixture();
    }
}
