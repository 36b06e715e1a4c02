package io.cachedinference.hazelcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.hazelcast.cache.HazelcastCacheManager;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import io.cachedinference.api.InferenceKey;
import io.cachedinference.tck.DeploymentProblems;
import io.cachedinference.tck.KitContainer;
import io.cachedinference.tck.beans.ScoringModel;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.cache.Cache;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Each deployment's own member: private, loopback only, configured by its keys, and gone when it closes. */
final class HazelcastCacheManagerTest {

    private static final String NEGATE = "io.cachedinference.tck.beans.ScoringModel#negate(float[])";

    @Test
    void twoDeployments_runTwoMembers_inTwoPrivateClusters() {
        try (KitContainer a = KitContainer.start(new HazelcastFixture(), ScoringModel.class);
                KitContainer b = KitContainer.start(new HazelcastFixture(), ScoringModel.class)) {
            HazelcastInstance first = member(a);
            HazelcastInstance second = member(b);
            a.select(ScoringModel.class).negate(new float[] {1});
            b.select(ScoringModel.class).negate(new float[] {1});

            assertThat(first).isNotSameAs(second);
            assertThat(first.getConfig().getClusterName()).isNotEqualTo(second.getConfig().getClusterName());
            assertThat(first.getCluster().getMembers()).hasSize(1);
            assertThat(second.getCluster().getMembers()).hasSize(1);
            assertThat(a.select(ScoringModel.class).runs()).isEqualTo(1);
            assertThat(b.select(ScoringModel.class).runs()).as("no entry shared with the other deployment")
                    .isEqualTo(1);
        }
    }

    @Test
    void member_bindsAndAdvertisesLoopbackOnly() {
        try (KitContainer c = KitContainer.start(new HazelcastFixture(), ScoringModel.class)) {
            InetSocketAddress address = member(c).getCluster().getLocalMember().getSocketAddress();

            assertThat(address.getAddress().isLoopbackAddress()).as("advertised %s", address).isTrue();
            assertThat(address.getPort()).isBetween(5901, 6000);
            Optional<InetAddress> external = nonLoopbackAddress();
            assumeThat(external).as("this machine has no non-loopback IPv4 address to probe").isPresent();
            assertThat(connects(new InetSocketAddress(external.get(), address.getPort())))
                    .as("the member's port on %s", external.get()).isFalse();
            assertThat(connects(address)).as("the member's port on loopback").isTrue();
        }
    }

    @Test
    void configuredClusterNameAndPort_areUsed() {
        String cluster = "manager-test-" + System.nanoTime();
        try (KitContainer c = KitContainer.start(new HazelcastFixture(), Map.of(
                "cached-inference.hazelcast.cluster-name", cluster,
                "cached-inference.hazelcast.port", "5950"), ScoringModel.class)) {
            HazelcastInstance member = member(c);

            assertThat(member.getConfig().getClusterName()).isEqualTo(cluster);
            assertThat(member.getCluster().getLocalMember().getAddress().getPort()).isBetween(5950, 6049);
        }
    }

    @Test
    void closingTheDeployment_shutsItsMemberDown_andLeavesNoThread() {
        HazelcastInstance member;
        try (KitContainer c = KitContainer.start(new HazelcastFixture(), ScoringModel.class)) {
            member = member(c);
            c.select(ScoringModel.class).negate(new float[] {1});
            assertThat(threadsOf(member)).isNotEmpty();
        }

        assertThat(member.getLifecycleService().isRunning()).isFalse();
        assertThat(Hazelcast.getAllHazelcastInstances()).doesNotContain(member);
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(threadsOf(member)).as("threads of %s", member.getName()).isEmpty());
    }

    @Test
    void boundBelowOneEntryPerPartition_failsDeployment_andShutsTheMemberDown() {
        List<HazelcastInstance> before = List.copyOf(Hazelcast.getAllHazelcastInstances());

        Throwable failure = catchThrowable(() -> KitContainer.start(new HazelcastFixture(),
                Map.of("cached-inference.hazelcast.partition-count", "271"), ScoringModel.class).close());

        assertThat(DeploymentProblems.flatten(failure)).extracting(Throwable::getMessage)
                .anySatisfy(m -> assertThat(m).contains("max-entries=10 of cache 'tck-bounded'")
                        .contains("over 271 partitions, 271")
                        .contains("cached-inference.hazelcast.partition-count"));
        assertThat(Hazelcast.getAllHazelcastInstances()).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void invalidSettings_failDeployment_namingKeyAndValue_beforeAMemberStarts() {
        List<HazelcastInstance> before = List.copyOf(Hazelcast.getAllHazelcastInstances());

        Throwable failure = catchThrowable(() -> KitContainer.start(new HazelcastFixture(),
                Map.of("cached-inference.hazelcast.backup-count", "-1"), ScoringModel.class).close());

        assertThat(DeploymentProblems.flatten(failure)).extracting(Throwable::getMessage)
                .anySatisfy(m -> assertThat(m).contains("cached-inference.hazelcast.backup-count=-1")
                        .contains("from 0 to 6"));
        assertThat(Hazelcast.getAllHazelcastInstances()).containsExactlyInAnyOrderElementsOf(before);
    }

    static HazelcastInstance member(KitContainer c) {
        Cache<InferenceKey, Object> cache = c.cache(NEGATE);
        return ((HazelcastCacheManager) cache.getCacheManager()).getHazelcastInstance();
    }

    private static List<String> threadsOf(HazelcastInstance instance) {
        String prefix = "hz." + instance.getName() + ".";
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith(prefix)).toList();
    }

    private static Optional<InetAddress> nonLoopbackAddress() {
        try {
            return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                    .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                    .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                    .findFirst();
        } catch (SocketException e) {
            return Optional.empty();
        }
    }

    private static boolean connects(InetSocketAddress address) {
        try (Socket socket = new Socket()) {
            socket.connect(address, 2_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
