package io.cachedinference.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.cachedinference.tck.DeploymentProblems;
import io.cachedinference.tck.KitContainer;
import io.cachedinference.tck.MicroProfileSettings;
import io.cachedinference.tck.ProviderFixture;
import io.cachedinference.tck.beans.ScoringModel;
import io.cachedinference.testsupport.LoopbackRedis;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Redis's own settings given only through MicroProfile Config take effect, and are checked like any other. */
final class RedisMicroProfileConfigTest {

    @BeforeAll
    static void server() {
        LoopbackRedis.shared();
    }

    @AfterEach
    void clear() {
        MicroProfileSettings.clear();
    }

    @Test
    void keyPrefix_fromMicroProfileConfig_isSharedByTwoDeployments() {
        MicroProfileSettings.set("cached-inference.redis.key-prefix", RedisFixture.prefix());
        // the fixture's own prefix is a system property, above MicroProfile Config: leave it out
        ProviderFixture withoutPrefix = new ProviderFixture() {
            @Override
            public String alias() {
                return "redis";
            }

            @Override
            public Map<String, String> properties() {
                return Map.of("cached-inference.redis.address", LoopbackRedis.shared().address(),
                        "cached-inference.cache-defaults.bound", "provider");
            }
        };
        try (KitContainer a = KitContainer.start(withoutPrefix, ScoringModel.class);
                KitContainer b = KitContainer.start(withoutPrefix, ScoringModel.class)) {
            a.select(ScoringModel.class).negate(new float[] {5});
            b.select(ScoringModel.class).negate(new float[] {5});

            assertThat(b.select(ScoringModel.class).runs()).isZero();
        }
    }

    @Test
    void invalidValue_fromMicroProfileConfig_failsDeployment_namingKeyValueAndSource() {
        MicroProfileSettings.set("cached-inference.redis.database", "minus one");

        Throwable failure = catchThrowable(() -> KitContainer.start(new RedisFixture(), ScoringModel.class).close());

        assertThat(DeploymentProblems.withId(DeploymentProblems.flatten(failure), "CI-113")).singleElement()
                .extracting(Throwable::getMessage).asString()
                .contains("cached-inference.redis.database=minus one (from MicroProfile Config)")
                .contains("a database number").contains("[provider=redis]");
    }
}
