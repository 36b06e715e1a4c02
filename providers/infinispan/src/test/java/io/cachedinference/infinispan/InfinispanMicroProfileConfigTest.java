package io.cachedinference.infinispan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.cachedinference.tck.DeploymentProblems;
import io.cachedinference.tck.KitContainer;
import io.cachedinference.tck.MicroProfileSettings;
import io.cachedinference.tck.beans.ScoringModel;
import java.util.UUID;
import org.infinispan.manager.EmbeddedCacheManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Infinispan's own settings given only through MicroProfile Config take effect, and are checked like any other. */
final class InfinispanMicroProfileConfigTest {

    @AfterEach
    void clear() {
        MicroProfileSettings.clear();
    }

    @Test
    void clusterName_fromMicroProfileConfig_makesTheCacheManagerJoinThatCluster() {
        String cluster = "mp-cluster-" + UUID.randomUUID();
        MicroProfileSettings.set("cached-inference.infinispan.cluster-name", cluster);

        try (KitContainer c = KitContainer.start(new InfinispanFixture(), ScoringModel.class)) {
            EmbeddedCacheManager manager = c.cache("tck-bounded").getCacheManager().unwrap(EmbeddedCacheManager.class);

            assertThat(manager.getClusterName()).isEqualTo(cluster);
            assertThat(manager.getMembers()).hasSize(1);
        }
    }

    @Test
    void invalidValue_fromMicroProfileConfig_failsDeployment_namingKeyValueAndSource() {
        MicroProfileSettings.set("cached-inference.infinispan.owners", "0");

        Throwable failure = catchThrowable(() -> KitContainer.start(new InfinispanFixture(), ScoringModel.class).close());

        assertThat(DeploymentProblems.withId(DeploymentProblems.flatten(failure), "CI-113")).singleElement()
                .extracting(Throwable::getMessage).asString()
                .contains("cached-inference.infinispan.owners=0 (from MicroProfile Config)")
                .contains("a positive whole number").contains("[provider=infinispan]");
    }
}
