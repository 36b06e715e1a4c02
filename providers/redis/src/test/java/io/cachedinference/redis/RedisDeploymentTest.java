package io.cachedinference.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.cachedinference.api.CachedInference;
import io.cachedinference.tck.DeploymentProblems;
import io.cachedinference.tck.KitContainer;
import io.cachedinference.testsupport.CapturedLog;
import io.cachedinference.testsupport.LoopbackRedis;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What Redis cannot store or bound fails deployment, naming the cache. */
final class RedisDeploymentTest {

    @ApplicationScoped
    public static class ObjectResultModel {
        @CachedInference(cacheName = "redis-object")
        public Object score(String input) {
            return input.length();
        }
    }

    @ApplicationScoped
    public static class OpaqueResultModel {
        @CachedInference(cacheName = "redis-opaque")
        public Opaque score(String input) {
            return new Opaque();
        }
    }

    /** Not serializable. */
    public static final class Opaque {
    }

    @ApplicationScoped
    public static class BoundedModel {
        @CachedInference(cacheName = "redis-bounded", maxEntries = 500)
        public Integer score(String input) {
            return input.length();
        }
    }

    @BeforeAll
    static void server() {
        LoopbackRedis.shared();
    }

    @Test
    void resultDeclaredAsObject_failsDeployment_namingTheCache() {
        List<Throwable> problems = problems(Map.of(), ObjectResultModel.class);

        assertThat(DeploymentProblems.withId(problems, "CI-114")).singleElement()
                .extracting(Throwable::getMessage).asString()
                .contains("Cache 'redis-object'").contains("declared as java.lang.Object")
                .contains("Declare the methods' concrete result types");
    }

    @Test
    void resultThatIsNotSerializable_failsDeployment() {
        List<Throwable> problems = problems(Map.of(), OpaqueResultModel.class);

        assertThat(DeploymentProblems.withId(problems, "CI-109")).singleElement()
                .extracting(Throwable::getMessage).asString()
                .contains(Opaque.class.getName()).contains("not Serializable").contains("'redis'");
    }

    @Test
    void entryBoundWithoutBoundProvider_failsDeployment_namingTheCacheAndTheServersPolicy() {
        List<Throwable> problems = problems(Map.of("cached-inference.cache-defaults.bound", "settings"),
                BoundedModel.class);

        assertThat(DeploymentProblems.withId(problems, "CI-114")).singleElement()
                .extracting(Throwable::getMessage).asString()
                .contains("Cache 'redis-bounded'").contains("max-entries=500")
                .contains("maxmemory-policy allkeys-lru or allkeys-lfu")
                .contains("cached-inference.cache.redis-bounded.bound=provider");
    }

    @Test
    void unreachableServer_failsDeployment_namingTheAddressAndTheKeysToCorrect() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        List<Throwable> problems;
        try (CapturedLog log = CapturedLog.of("org.redisson")) {
            problems = problems(Map.of("cached-inference.redis.address", "redis://127.0.0.1:" + closedPort,
                    "cached-inference.redis.connect-timeout", "PT0.3S"), BoundedModel.class);
            assertThat(log.messages(Level.SEVERE)).as("Redisson's own errors, kept off the console").isEmpty();
        }

        assertThat(DeploymentProblems.withId(problems, "CI-111")).singleElement()
                .extracting(Throwable::getMessage).asString()
                .contains("Cannot connect to Redis at redis://127.0.0.1:" + closedPort + " (connect timeout PT0.3S")
                .contains("Start the server, or correct cached-inference.redis.address");
    }

    @Test
    void serializableResult_withBoundProvider_deploys() {
        try (KitContainer c = KitContainer.start(new RedisFixture(), BoundedModel.class)) {
            BoundedModel model = c.select(BoundedModel.class);

            assertThat(model.score("four")).isEqualTo(4);
            assertThat(model.score("four")).isEqualTo(4);
            assertThat(c.caches().statistics("redis-bounded").orElseThrow().hits()).isEqualTo(1);
        }
    }

    private static List<Throwable> problems(Map<String, String> config, Class<?>... beans) {
        Throwable failure = catchThrowable(() -> KitContainer.start(new RedisFixture(), config, beans).close());
        assertThat(failure).as("deployment must fail").isNotNull();
        return DeploymentProblems.flatten(failure);
    }
}
