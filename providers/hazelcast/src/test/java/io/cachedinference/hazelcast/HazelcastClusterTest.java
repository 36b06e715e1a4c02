package io.cachedinference.hazelcast;

import static io.cachedinference.hazelcast.HazelcastCacheManagerTest.member;
import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.core.HazelcastInstance;
import io.cachedinference.api.CacheStatistics;
import io.cachedinference.api.InferenceKey;
import io.cachedinference.tck.KitContainer;
import io.cachedinference.tck.beans.ScoringModel;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import javax.cache.Cache;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Two deployments, each with its own member, in one loopback cluster: what one computes the other
 * reads, and with one backup per entry, losing a member loses no entry and fails no request.
 */
final class HazelcastClusterTest {

    private static final String NEGATE = "io.cachedinference.tck.beans.ScoringModel#negate(float[])";
    private static final int ENTRIES = 200;

    private final String cluster = "cluster-test-" + UUID.randomUUID();

    @Test
    void resultComputedThroughMemberA_isAHitThroughMemberB() {
        try (KitContainer a = startA(); KitContainer b = startB(a)) {
            ScoringModel onA = a.select(ScoringModel.class);
            ScoringModel onB = b.select(ScoringModel.class);
            for (int i = 1; i <= ENTRIES; i++) {
                onA.negate(new float[] {i});
            }

            for (int i = 1; i <= ENTRIES; i++) {
                assertThat(onB.negate(new float[] {i})).containsExactly(-i);
            }

            assertThat(member(a).getCluster().getMembers()).hasSize(2);
            assertThat(onA.runs()).isEqualTo(ENTRIES);
            assertThat(onB.runs()).as("model runs through B").isZero();
            assertThat(stats(b).hits()).isEqualTo(ENTRIES);
        }
    }

    @Test
    void memberACrashing_losesNoEntry_andFailsNoRequestThroughB() throws Exception {
        try (KitContainer a = startA(); KitContainer b = startB(a)) {
            HazelcastInstance memberA = member(a);
            fillThroughA_untilBackedUp(a, b);

            Reads reads = readThroughB_while(b, () -> memberA.getLifecycleService().terminate());

            assertThat(memberA.getLifecycleService().isRunning()).isFalse();
            assertNothingLostOrFailed(b, reads);
        }
    }

    @Test
    void memberALeaving_losesNoEntry_andFailsNoRequestThroughB() throws Exception {
        try (KitContainer a = startA(); KitContainer b = startB(a)) {
            HazelcastInstance memberA = member(a);
            fillThroughA_untilBackedUp(a, b);

            // the graceful shutdown a deployment's close runs, while B keeps serving
            Reads reads = readThroughB_while(b, memberA::shutdown);

            assertThat(memberA.getLifecycleService().isRunning()).isFalse();
            assertNothingLostOrFailed(b, reads);
        }
    }

    private KitContainer startA() {
        return KitContainer.start(new HazelcastFixture(), Map.of("cached-inference.hazelcast.cluster-name", cluster,
                "cached-inference.hazelcast.backup-count", "1"), ScoringModel.class);
    }

    /** B joins A at A's own port, wherever other processes' members pushed it. */
    private KitContainer startB(KitContainer a) {
        int portOfA = member(a).getCluster().getLocalMember().getAddress().getPort();
        return KitContainer.start(new HazelcastFixture(), Map.of("cached-inference.hazelcast.cluster-name", cluster,
                "cached-inference.hazelcast.backup-count", "1",
                "cached-inference.hazelcast.members", "127.0.0.1:" + portOfA), ScoringModel.class);
    }

    /** Stores the entries through A, waits until every backup is in place, and checks A owns some. */
    private static void fillThroughA_untilBackedUp(KitContainer a, KitContainer b) {
        ScoringModel onA = a.select(ScoringModel.class);
        for (int i = 1; i <= ENTRIES; i++) {
            onA.negate(new float[] {i});
        }
        HazelcastInstance memberA = member(a);
        HazelcastInstance memberB = member(b);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> memberA.getPartitionService().isClusterSafe());
        Cache<InferenceKey, Object> cache = b.cache(NEGATE);
        long ownedByA = StreamSupport.stream(cache.spliterator(), false)
                .filter(e -> memberB.getPartitionService().getPartition(e.getKey()).getOwner().getUuid()
                        .equals(memberA.getLocalEndpoint().getUuid()))
                .count();
        assertThat(ownedByA).as("entries whose primary copy is on A, of %s", ENTRIES).isPositive()
                .isLessThan(ENTRIES);
    }

    /**
     * Reads every entry through B over and over on another thread; meanwhile takes A away, waits until
     * B is alone, then lets two more full passes run before stopping.
     */
    private static Reads readThroughB_while(KitContainer b, Runnable removeA) throws Exception {
        ScoringModel onB = b.select(ScoringModel.class);
        HazelcastInstance memberB = member(b);
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
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> memberB.getCluster().getMembers().size() == 1);
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
        System.out.printf("[hazelcast] cluster: %d reads through B while A left, %d failed, %d wrong%n",
                reads.calls.get(), reads.failed.get(), reads.wrong.get());
        assertThat(reads.calls.get()).isGreaterThanOrEqualTo(3 * ENTRIES);
        assertThat(reads.failed.get()).as("calls that threw").isZero();
        assertThat(reads.wrong.get()).as("calls with a wrong answer").isZero();
        // fail-open would hide a failed lookup by running the model: neither may have happened
        assertThat(b.select(ScoringModel.class).runs()).as("model runs through B: entries lost").isZero();
        assertThat(stats(b).errors()).as("cache errors counted through B").isZero();
        assertThat(stats(b).hits()).isEqualTo(reads.calls.get());
    }

    private static CacheStatistics stats(KitContainer c) {
        return c.caches().statistics(NEGATE).orElseThrow();
    }

    /** What the reader saw. */
    private static final class Reads {
        final AtomicInteger calls = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final AtomicInteger wrong = new AtomicInteger();

        void read(java.util.function.Supplier<float[]> call, float expected) {
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
