package io.cachedinference.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.cachedinference.tck.DeploymentProblems;
import io.cachedinference.tck.KitContainer;
import io.cachedinference.tck.beans.ScoringModel;
import io.cachedinference.testsupport.CapturedLog;
import io.cachedinference.testsupport.LoopbackRedis;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A Redis server with ACLs: the right user and password deploy; a wrong password is a clear deployment error. */
final class RedisCredentialsTest {

    private static final String PASSWORD = "right-horse-battery-7";
    private static final String WRONG = "wrong-staple-9";

    private static LoopbackRedis redis;

    @BeforeAll
    static void server() {
        redis = LoopbackRedis.start("requirepass " + PASSWORD, "user inference on >" + PASSWORD + " ~* &* +@all");
    }

    @AfterAll
    static void stop() {
        redis.close();
    }

    @Test
    void aclUserWithItsPassword_deploys_andCaches() {
        try (KitContainer c = KitContainer.start(new RedisFixture(redis), Map.of(
                "cached-inference.redis.username", "inference", "cached-inference.redis.password", PASSWORD),
                ScoringModel.class)) {
            ScoringModel model = c.select(ScoringModel.class);
            model.negate(new float[] {1});
            model.negate(new float[] {1});

            assertThat(model.runs()).isEqualTo(1);
        }
    }

    @Test
    void wrongPassword_failsDeployment_namingTheAddressAndUser_neverAnyPassword() {
        Throwable failure;
        List<LogRecord> logged;
        try (CapturedLog log = CapturedLog.of("org.redisson")) {
            failure = catchThrowable(() -> KitContainer.start(new RedisFixture(redis), Map.of(
                    "cached-inference.redis.username", "inference", "cached-inference.redis.password", WRONG),
                    ScoringModel.class).close());
            logged = log.records();
        }

        List<Throwable> problems = DeploymentProblems.flatten(failure);
        assertThat(DeploymentProblems.withId(problems, "CI-111")).singleElement()
                .extracting(Throwable::getMessage).asString()
                .contains("Cannot connect to Redis at " + redis.address() + " as user 'inference'")
                .contains("cached-inference.redis.password")
                .doesNotContain(WRONG).doesNotContain(PASSWORD);
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        assertThat(trace.toString()).as("the failure with every cause").doesNotContain(WRONG).doesNotContain(PASSWORD);
        assertThat(logged).extracting(r -> r.getMessage() + r.getThrown())
                .noneMatch(m -> m.contains(WRONG) || m.contains(PASSWORD));
    }

    @Test
    void noPassword_onAServerThatRequiresOne_failsDeployment_namingTheAddress() {
        Throwable failure;
        List<LogRecord> logged;
        try (CapturedLog log = CapturedLog.of("org.redisson")) {
            failure = catchThrowable(() -> KitContainer.start(new RedisFixture(redis), ScoringModel.class).close());
            logged = log.records();
        }

        assertThat(logged).extracting(r -> r.getMessage() + r.getThrown()).noneMatch(m -> m.contains(PASSWORD));
        assertThat(DeploymentProblems.withId(DeploymentProblems.flatten(failure), "CI-111")).singleElement()
                .extracting(Throwable::getMessage).asString()
                .contains("Cannot connect to Redis at " + redis.address());
    }
}
