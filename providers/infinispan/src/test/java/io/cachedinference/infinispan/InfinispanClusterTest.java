package io.cachedinference.infinispan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.cachedinference.api.CacheStatistics;
import io.cachedinference.api.InferenceKey;
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
import java.util.Optional;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;
import javax.cache.Cache;
import org.awaitility.Awaitility;
import org.infinispan.AdvancedCache;
import org.infinispan.distribution.DistributionManager;
import org.infinispan.distribution.LocalizedCacheTopology;
import org.infinispan.factories.ComponentRegistry;
import org.infinispan.factories.GlobalComponentRegistry;
import org.infinispan.manager.EmbeddedCacheManager;
import org.infinispan.remoting.transport.Transport;
import org.infinispan.remoting.transport.jgroups.JGroupsTransport;
import org.jgroups.protocols.FD_SOCK2;
import org.jgroups.util.Util;
import org.junit.jupiter.api.Test;

/**
 * Two deployments, each with its own cache manager, in one JGroups cluster over TCP on 127.0.0.1:
 * what one computes the other reads, and with two owners per entry, losing a member loses no entry
 * and fails no request.
 */
final class InfinispanClusterTest {

    private static final String NEGATE = "io.cachedinference.tck.beans.ScoringModel#negate(float[])";
    private static final int ENTRIES = 200;

    private final String cluster = "cluster-test-" + UUID.randomUUID();

    @Test
    void resultComputedThroughMemberA_isAHitThroughMemberB_andStaysByReferenceOnA() {
        try (KitContainer a = startA(); KitContainer b = startB(a)) {
            ScoringModel onA = a.select(ScoringModel.class);
            ScoringModel onB = b.select(ScoringModel.class);
            for (int i = 1; i <= ENTRIES; i++) {
                onA.negate(new float[] {i});
            }

            for (int i = 1; i <= ENTRIES; i++) {
                assertThat(onB.negate(new float[] {i})).containsExactly(-i);
            }

            assertThat(embedded(a).getMembers()).hasSize(2);
            assertThat(onA.runs()).isEqualTo(ENTRIES);
            assertThat(onB.runs()).as("model runs through B").isZero();
            assertThat(stats(b).hits()).isEqualTo(ENTRIES);
            assertThat(transport(a).getPhysicalAddresses().get(0).toString()).as("A's advertised address")
                    .startsWith("127.0.0.1:");
            Cache<InferenceKey, Object> onAsCache = a.cache(NEGATE);
            InferenceKey key = onAsCache.iterator().next().getKey();
            assertThat(onAsCache.get(key)).as("a local read on an owner").isSameAs(onAsCache.get(key));
        }
    }

    @Test
    void members_bindLoopbackOnly() {
        try (KitContainer a = startA()) {
            String address = transport(a).getPhysicalAddresses().get(0).toString();
            int port = Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
            Optional<InetAddress> external = nonLoopbackAddress();
            assumeThat(external).as("this machine has no non-loopback IPv4 address to probe").isPresent();

            FD_SOCK2 failureDetection = ((JGroupsTransport) transport(a)).getChannel().getProtocolStack()
                    .findProtocol(FD_SOCK2.class);
            int failureDetectionPort = failureDetection.getActualBindPort();

            for (int p : new int[] {port, failureDetectionPort}) {
                assertThat(connects(new InetSocketAddress(external.get(), p))).as("port %s on %s", p, external.get())
                        .isFalse();
                assertThat(connects(new InetSocketAddress(InetAddress.getLoopbackAddress(), p)))
                        .as("port %s on loopback", p).isTrue();
            }
        }
    }

    @Test
    void memberACrashing_losesNoEntry_andFailsNoRequestThroughB() throws Exception {
        try (KitContainer a = startA(); KitContainer b = startB(a)) {
            fillThroughA_andCheckAOwnsSome(a, b);
            JGroupsTransport transportA = (JGroupsTransport) transport(a);

            // drops all A's traffic and closes its channel without leaving: a crash, as JGroups' tests do it
            Reads reads = readThroughB_while(b, () -> crash(transportA));

            assertNothingLostOrFailed(b, reads);
        }
    }

    @Test
    void memberALeaving_losesNoEntry_andFailsNoRequestThroughB() throws Exception {
        try (KitContainer a = startA(); KitContainer b = startB(a)) {
            fillThroughA_andCheckAOwnsSome(a, b);
            EmbeddedCacheManager memberA = embedded(a);

            // the stop a deployment's close runs, while B keeps serving
            Reads reads = readThroughB_while(b, memberA::stop);

            assertNothingLostOrFailed(b, reads);
        }
    }

    private KitContainer startA() {
        return KitContainer.start(new InfinispanFixture(), Map.of("cached-inference.infinispan.cluster-name", cluster),
                ScoringModel.class);
    }

    /** B finds A at A's own port, wherever other processes' members pushed it. */
    private KitContainer startB(KitContainer a) {
        String addressOfA = transport(a).getPhysicalAddresses().get(0).toString();
        return KitContainer.start(new InfinispanFixture(), Map.of("cached-inference.infinispan.cluster-name", cluster,
                "cached-inference.infinispan.members", addressOfA), ScoringModel.class);
    }

    private static void fillThroughA_andCheckAOwnsSome(KitContainer a, KitContainer b) {
        ScoringModel onA = a.select(ScoringModel.class);
        for (int i = 1; i <= ENTRIES; i++) {
            onA.negate(new float[] {i});
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> embedded(b).getMembers().size() == 2);
        AdvancedCache<?, ?> cacheOnA = a.cache(NEGATE).unwrap(AdvancedCache.class);
        LocalizedCacheTopology topologyOnA = ComponentRegistry.of(cacheOnA).getComponent(DistributionManager.class)
                .getCacheTopology();
        Cache<InferenceKey, Object> cache = b.cache(NEGATE);
        long primaryOnA = StreamSupport.stream(cache.spliterator(), false)
                .filter(e -> topologyOnA.getDistribution(e.getKey()).isPrimary())
                .count();
        assertThat(primaryOnA).as("entries whose primary copy is on A, of %s", ENTRIES).isPositive()
                .isLessThan(ENTRIES);
    }

    private static void crash(JGroupsTransport transport) {
        try {
            Util.shutdown(transport.getChannel());
        } catch (Exception e) {
            throw new IllegalStateException("could not crash the channel", e);
        }
    }

    /**
     * Reads every entry through B over and over on another thread; meanwhile takes A away, waits until
     * B is alone, then lets two more full passes run before stopping.
     */
    private static Reads readThroughB_while(KitContainer b, Runnable removeA) throws Exception {
        ScoringModel onB = b.select(ScoringModel.class);
        EmbeddedCacheManager memberB = embedded(b);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger passes = new AtomicInteger();
        Reads reads = new Reads();
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            Future<?> running = reader.submit(() -> {
                while (!stop.get()) {
                    for (int i = 1; i <= ENTRIES; i++) {
                        float input = i;
                        reads.read(() -> onB.negate(new float[] {input}), -input);
                    }
                    passes.incrementAndGet();
                }
            });
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> passes.get() >= 1);
            removeA.run();
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> memberB.getMembers().size() == 1);
            int alone = passes.get();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> passes.get() >= alone + 2);
            stop.set(true);
            running.get(30, TimeUnit.SECONDS);
        } finally {
            reader.shutdownNow();
        }
        return reads;
    }

    private static void assertNothingLostOrFailed(KitContainer b, Reads reads) {
        System.out.printf("[infinispan] cluster: %d reads through B while A left, %d failed, %d wrong%n",
                reads.calls.get(), reads.failed.get(), reads.wrong.get());
        assertThat(reads.calls.get()).isGreaterThanOrEqualTo(3 * ENTRIES);
        assertThat(reads.failed.get()).as("calls that threw").isZero();
        assertThat(reads.wrong.get()).as("calls with a wrong answer").isZero();
        // fail-open would hide a failed lookup by running the model: neither may have happened
        assertThat(b.select(ScoringModel.class).runs()).as("model runs through B: entries lost").isZero();
        assertThat(stats(b).errors()).as("cache errors counted through B").isZero();
        assertThat(stats(b).hits()).isEqualTo(reads.calls.get());
    }

    private static EmbeddedCacheManager embedded(KitContainer c) {
        return c.cache(NEGATE).getCacheManager().unwrap(EmbeddedCacheManager.class);
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

    private static Transport transport(KitContainer c) {
        return GlobalComponentRegistry.of(embedded(c)).getComponent(Transport.class);
    }

    private static CacheStatistics stats(KitContainer c) {
        return c.caches().statistics(NEGATE).orElseThrow();
    }

    /** What the reader saw. */
    private static final class Reads {
        final AtomicInteger calls = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final AtomicInteger wrong = new AtomicInteger();

        void read(Supplier<float[]> call, float expected) {
            calls.incrementAndGet();
            try {
                float[] result = call.get();
                if (result.length != 1 || result[0] != expected) {
                    wrong.incrementAndGet();
                }
            } catch (RuntimeException e) {
                failed.incrementAndGet();
            }
        }
    }
}
