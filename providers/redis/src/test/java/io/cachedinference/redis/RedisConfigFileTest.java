package io.cachedinference.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.tck.KitContainer;
import io.cachedinference.tck.beans.ScoringModel;
import io.cachedinference.testsupport.LoopbackRedis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.ByteArrayCodec;
import org.redisson.config.Config;

/** A Redisson YAML file instead of the connection keys: the deployment connects as it says, with our codec. */
final class RedisConfigFileTest {

    private static final String NEGATE = "io.cachedinference.tck.beans.ScoringModel#negate(float[])";

    @BeforeAll
    static void server() {
        LoopbackRedis.shared();
    }

    @Test
    void redissonFile_connectsTheDeployment_andItsKryoCodecIsReplaced(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("redisson.yaml");
        // Kryo would store (and read back) any class; the module's codec replaces it whatever the file says
        Files.writeString(file, "singleServerConfig:\n  address: \"" + LoopbackRedis.shared().address() + "\"\n"
                + "  connectionMinimumIdleSize: 1\n  connectionPoolSize: 2\n"
                + "codec: !<org.redisson.codec.Kryo5Codec> {}\n");
        ProviderWithFile fixture = new ProviderWithFile(file);
        try (KitContainer a = KitContainer.start(fixture, ScoringModel.class);
                KitContainer b = KitContainer.start(fixture, ScoringModel.class)) {
            a.select(ScoringModel.class).negate(new float[] {3});

            assertThat(b.select(ScoringModel.class).negate(new float[] {3})).containsExactly(-3);
            assertThat(b.select(ScoringModel.class).runs()).as("runs through B, which shares A's server").isZero();
        }
        // what the server holds: the key's own bytes and a Java-serialized float[], not Kryo's encoding
        assertThat(rawValues(NEGATE)).singleElement()
                .satisfies(v -> assertThat(new byte[] {v[0], v[1]}).isEqualTo(new byte[] {(byte) 0xAC, (byte) 0xED}));
    }

    private static java.util.Collection<byte[]> rawValues(String hash) {
        Config config = new Config();
        config.useSingleServer().setAddress(LoopbackRedis.shared().address()).setConnectionMinimumIdleSize(1)
                .setConnectionPoolSize(1);
        RedissonClient client = Redisson.create(config);
        try {
            return client.<byte[], byte[]>getMap(hash, ByteArrayCodec.INSTANCE).readAllValues();
        } finally {
            client.shutdown();
        }
    }

    /** Only the file and the bound: no address, no prefix. */
    private record ProviderWithFile(Path file) implements io.cachedinference.tck.ProviderFixture {
        @Override
        public String alias() {
            return "redis";
        }

        @Override
        public Map<String, String> properties() {
            return Map.of("cached-inference.redis.config", file.toString(),
                    "cached-inference.cache-defaults.bound", "provider");
        }
    }
}
