package io.cachedinference.hazelcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.cachedinference.tck.DeploymentProblems;
import io.cachedinference.tck.KitContainer;
import io.cachedinference.tck.MicroProfileSettings;
import io.cachedinference.tck.beans.ScoringModel;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Hazelcast's own settings given only through MicroProfile Config take effect, and are checked like any other. */
final class HazelcastMicroProfileConfigTest {

    @AfterEach
    void clear() {
        MicroProfileSettings.clear();
    }

    @Test
    void clusterName_fromMicroProfileConfig_namesTheMembersCluster() {
        String cluster = "mp-cluster-" + UUID.randomUUID();
        MicroProfileSettings.set("cached-inference.hazelcast.cluster-name", cluster);

        try (KitContainer c = KitContainer.start(new HazelcastFixture(), ScoringModel.class)) {
            assertThat(HazelcastCacheManagerTest.member(c).getConfig().getClusterName())
                    .isEqualTo(cluster);
        }
    }

    @Test
    void invalidValue_fromMicroProfileConfig_failsDeployment_namingKeyValueAndSource() {
        MicroProfileSettings.set("cached-inference.hazelcast.backup-count", "9");

        Throwable failure = catchThrowable(() -> KitContainer.start(new HazelcastFixture(), ScoringModel.class).close());

        assertThat(DeploymentProblems.withId(DeploymentProblems.flatten(failure), "CI-113")).singleElement()
                .extracting(Throwable::getMessage).asString()
                .contains("cached-inference.hazelcast.backup-count=9 (from MicroProfile Config)")
                .contains("from 0 to 6").contains("[provider=hazelcast]");
    }
}
