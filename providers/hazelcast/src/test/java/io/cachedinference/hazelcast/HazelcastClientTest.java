package io.cachedinference.hazelcast;

import static io.cachedinference.hazelcast.HazelcastCacheManagerTest.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.cache.impl.HazelcastClientCachingProvider;
import com.hazelcast.core.HazelcastInstance;
import io.cachedinference.tck.DeploymentProblems;
import io.cachedinference.tck.KitContainer;
import io.cachedinference.tck.ProviderFixture;
import io.cachedinference.tck.beans.ScoringModel;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code hazelcast-client}: a deployment without a member of its own, using an existing cluster's caches. */
final class HazelcastClientTest {

    private static final ProviderFixture CLIENT = () -> "hazelcast-client";

    private final String cluster = "client-test-" + UUID.randomUUID();

    @Test
    void clientDeployment_sharesTheClustersCaches_bothWays() {
        try (KitContainer memberSide = KitContainer.start(new HazelcastFixture(),
                Map.of("cached-inference.hazelcast.cluster-name", cluster), ScoringModel.class);
                KitContainer clientSide = startClient(memberSide)) {
            ScoringModel onMember = memberSide.select(ScoringModel.class);
            ScoringModel onClient = clientSide.select(ScoringModel.class);

            onMember.negate(new float[] {1});
            assertThat(onClient.negate(new float[] {1})).containsExactly(-1);
            onClient.negate(new float[] {2});
            assertThat(onMember.negate(new float[] {2})).containsExactly(-2);

            assertThat(onMember.runs()).isEqualTo(1);
            assertThat(onClient.runs()).isEqualTo(1);
            assertThat(member(clientSide).getLocalEndpoint()).isInstanceOf(com.hazelcast.client.Client.class);
            assertThat(clientSide.cache("tck-bounded").getCacheManager().getCachingProvider())
                    .isInstanceOf(HazelcastClientCachingProvider.class);
            assertThat(member(memberSide).getCluster().getMembers()).as("a client is no member").hasSize(1);
        }
    }

    @Test
    void closingTheClientDeployment_shutsItsClientDown_andLeavesTheClusterRunning() {
        try (KitContainer memberSide = KitContainer.start(new HazelcastFixture(),
                Map.of("cached-inference.hazelcast.cluster-name", cluster), ScoringModel.class)) {
            HazelcastInstance client;
            try (KitContainer clientSide = startClient(memberSide)) {
                client = member(clientSide);
                clientSide.select(ScoringModel.class).negate(new float[] {3});
            }

            assertThat(client.getLifecycleService().isRunning()).isFalse();
            assertThat(HazelcastClient.getAllHazelcastClients()).doesNotContain(client);
            assertThat(member(memberSide).getLifecycleService().isRunning()).isTrue();
            assertThat(memberSide.select(ScoringModel.class).negate(new float[] {3})).containsExactly(-3);
            assertThat(memberSide.select(ScoringModel.class).runs()).as("the client's entry outlived it").isZero();
        }
    }

    @Test
    void unreachableCluster_failsDeploymentAfterTheConnectTimeout_insteadOfRetryingForever() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        long start = System.nanoTime();

        Throwable failure = catchThrowable(() -> KitContainer.start(CLIENT, Map.of(
                "cached-inference.hazelcast.cluster-name", "nobody",
                "cached-inference.hazelcast.members", "127.0.0.1:" + closedPort,
                "cached-inference.hazelcast.connect-timeout", "PT1S"), ScoringModel.class).close());

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(DeploymentProblems.flatten(failure)).extracting(Throwable::getMessage)
                .anySatisfy(m -> assertThat(m).contains("No Hazelcast cluster 'nobody' answered at [127.0.0.1:"
                        + closedPort + "] within PT1S"));
        assertThat(took).isLessThan(Duration.ofSeconds(20));
        assertThat(HazelcastClient.getAllHazelcastClients()).isEmpty();
    }

    @Test
    void clientWithoutClusterName_failsDeployment_namingTheKey() {
        Throwable failure = catchThrowable(() -> KitContainer.start(CLIENT, ScoringModel.class).close());

        assertThat(DeploymentProblems.flatten(failure)).extracting(Throwable::getMessage)
                .anySatisfy(m -> assertThat(m).contains("Provider 'hazelcast-client' needs the name of the cluster")
                        .contains("cached-inference.hazelcast.cluster-name"));
    }

    /** A client of the member's cluster, at the member's port. */
    private KitContainer startClient(KitContainer memberSide) {
        int port = member(memberSide).getCluster().getLocalMember().getAddress().getPort();
        return KitContainer.start(CLIENT, Map.of("cached-inference.hazelcast.cluster-name", cluster,
                "cached-inference.hazelcast.members", "127.0.0.1:" + port), ScoringModel.class);
    }
}
