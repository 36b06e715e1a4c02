package io.cachedinference.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.examples.model.CpuModel;
import io.cachedinference.examples.model.TinyConvNet;
import io.cachedinference.examples.service.ServiceHttp.Reply;
import io.cachedinference.testsupport.LoopbackRedis;
import io.cachedinference.testsupport.SystemProperties;
import java.util.Map;
import org.jboss.weld.environment.se.Weld;
import org.junit.jupiter.api.Test;

/**
 * The service with {@code -Dcached-inference.provider=redis}, two instances on one real {@code redis-server}
 * started here on 127.0.0.1: what one computes the other answers as a hit, and a {@code DELETE} on one
 * clears the entries both read.
 */
final class ServiceOnRedisTest {

    private static final String INFER = "v1/models/" + CpuModel.NAME + "/infer";

    @Test
    @SuppressWarnings("try") // the properties are in force for the whole block
    void twoInstancesOnOneRedis_shareEntries_andADeleteOnOneClearsThemForBoth() {
        byte[] body = ServiceHttp.littleEndian(InferenceEndpointTest.tensor(7));
        float[] expected = new TinyConvNet().forward(InferenceEndpointTest.tensor(7));
        try (LoopbackRedis redis = LoopbackRedis.start();
                SystemProperties config = SystemProperties.set(Map.of(ProviderDefaults.PROVIDER, "redis",
                        ProviderDefaults.BOUND, "provider",
                        "cached-inference.redis.address", redis.address()));
                InferenceServer a = InferenceServer.start(0, new Weld("service-on-redis-a"));
                InferenceServer b = InferenceServer.start(0, new Weld("service-on-redis-b"))) {
            ServiceHttp first = new ServiceHttp(a.uri());
            ServiceHttp second = new ServiceHttp(b.uri());
            first.delete("v1/cache/" + CpuModel.NAME);

            Reply computed = first.postBytes(INFER, body);
            Reply shared = second.postBytes(INFER, body);

            assertThat(second.stats().json().getString("provider")).isEqualTo("org.redisson.jcache.JCachingProvider");
            assertThat(computed.json().getString("cache")).isEqualTo("miss");
            assertThat(shared.json().getString("cache")).as("the other instance's entry").isEqualTo("hit");
            assertThat(InferenceEndpointTest.floats(shared.json())).containsExactly(expected);

            assertThat(first.delete("v1/cache/" + CpuModel.NAME).status()).isEqualTo(204);
            Reply afterDelete = second.postBytes(INFER, body);

            assertThat(afterDelete.json().getString("cache")).as("after a DELETE on the other instance")
                    .isEqualTo("miss");
            assertThat(InferenceEndpointTest.floats(afterDelete.json())).containsExactly(expected);
            assertThat(second.stats().cacheCounter(CpuModel.NAME, "errors")).isZero();
        }
    }
}
