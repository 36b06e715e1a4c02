package io.cachedinference.interceptor.internal.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.api.EvictionPolicy;
import io.cachedinference.api.spi.CacheSettings;
import io.cachedinference.interceptor.internal.compression.ValueCodec;
import io.cachedinference.interceptor.internal.fakes.InMemoryCache;
import io.cachedinference.interceptor.internal.fakes.LogCapture;
import io.cachedinference.interceptor.internal.key.ContentKeyGenerator;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.cache.CacheException;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Single flight across processes: two nodes, each with its own core, sharing one data cache and one cache
 * of claims, as two members of a cluster share theirs.
 */
final class ClusteredRunTest {

    private final InMemoryCache data = new InMemoryCache("shared");
    private final InMemoryCache claims = new InMemoryCache("shared-inflight");
    private final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    /** One node: its own counters and single flight, the shared caches. */
    private final class Node {
        final SingleFlight flight = new SingleFlight();
        final CacheCounters counters = new CacheCounters("shared", OptionalLong::empty, ValueCodec.none(), flight::waiting);
        final MethodPlan plan;
        final FakeCall.Runs runs = new FakeCall.Runs();

        Node(Duration lockTimeout, Duration lease) throws NoSuchMethodException {
            CacheAccess access = new CacheAccess(data.cache(), ValueCodec.none(), counters, flight, claims.cache(), lease);
            plan = MethodPlan.of(CoreFixture.Model.class.getMethod("infer", float[].class),
                    new CacheSettings("shared", EvictionPolicy.LRU, 100, Duration.ofMinutes(5)), access,
                    new KeyRecipe("shared", "net", "1", new ContentKeyGenerator()), lockTimeout, lockTimeout.multipliedBy(10),
                    null);
        }

        Node held() {
            runs.closed();
            return this;
        }

        float[] infer(float value) throws Exception {
            return (float[]) new CachingInvoker().invoke(plan, new FakeCall(runs, FakeCall::negate,
                    (Object) new float[] {value}));
        }
    }

    @Test
    void missOnTwoNodes_runsTheModelOnce_theOtherNodeGetsItsResult() throws Exception {
        Node a = new Node(Duration.ofSeconds(10), Duration.ofSeconds(10)).held();
        Node b = new Node(Duration.ofSeconds(10), Duration.ofSeconds(10));
        Future<float[]> onA = pool.submit(() -> a.infer(1));
        a.runs.awaitEntered();

        Future<float[]> onB = pool.submit(() -> b.infer(1));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> claims.gets() > 0);
        a.runs.open();

        assertThat(onA.get(10, TimeUnit.SECONDS)).containsExactly(-1);
        assertThat(onB.get(10, TimeUnit.SECONDS)).containsExactly(-1);
        assertThat(a.runs.count() + b.runs.count()).isEqualTo(1);
        assertThat(b.counters.clusterCoalescedWaits()).isEqualTo(1);
        assertThat(claims.entries()).as("the leader released its claim").isEmpty();
    }

    @Test
    void claimWriteReportedButLostToAnotherNode_follows_insteadOfRunningTheModelTwice() throws Exception {
        claims.putIfAbsentAlwaysReportsAWrite();
        Node a = new Node(Duration.ofSeconds(10), Duration.ofSeconds(10)).held();
        Node b = new Node(Duration.ofSeconds(10), Duration.ofSeconds(10));
        Future<float[]> onA = pool.submit(() -> a.infer(3));
        a.runs.awaitEntered();

        Future<float[]> onB = pool.submit(() -> b.infer(3));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> claims.gets() > 1);
        a.runs.open();

        assertThat(onA.get(10, TimeUnit.SECONDS)).containsExactly(-3);
        assertThat(onB.get(10, TimeUnit.SECONDS)).containsExactly(-3);
        assertThat(b.runs.count()).as("runs on the node whose write was reported but lost").isZero();
        assertThat(b.counters.clusterCoalescedWaits()).isEqualTo(1);
    }

    @Test
    void claimThatEndsWithoutAResult_isTakenOverByTheFollower() throws Exception {
        Node a = new Node(Duration.ofSeconds(10), Duration.ofSeconds(10)).held();
        Node b = new Node(Duration.ofSeconds(10), Duration.ofSeconds(10));
        Future<float[]> onA = pool.submit(() -> a.infer(2));
        a.runs.awaitEntered();
        Future<float[]> onB = pool.submit(() -> b.infer(2));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> claims.gets() > 0);

        // node A is gone: its claim expires with its lease (here: removed, as the companion cache would expire it)
        claims.entries().clear();

        assertThat(onB.get(10, TimeUnit.SECONDS)).containsExactly(-2);
        assertThat(b.runs.count()).isEqualTo(1);
        assertThat(b.counters.leaseTakeovers()).isEqualTo(1);
        assertThat(claims.entries()).isEmpty();
        a.runs.open();
        onA.get(10, TimeUnit.SECONDS);
    }

    @Test
    void followerOfALeaderThatOutlastsTheLockTimeout_runsTheModelItself_uncached() throws Exception {
        Node a = new Node(Duration.ofSeconds(10), Duration.ofSeconds(10)).held();
        Node b = new Node(Duration.ofMillis(60), Duration.ofSeconds(10));
        Future<float[]> onA = pool.submit(() -> a.infer(3));
        a.runs.awaitEntered();

        assertThat(b.infer(3)).containsExactly(-3);

        assertThat(b.runs.count()).isEqualTo(1);
        assertThat(b.counters.lockTimeouts()).isEqualTo(1);
        assertThat(data.entries()).as("the impatient result is not stored").isEmpty();
        a.runs.open();
        onA.get(10, TimeUnit.SECONDS);
    }

    @Test
    void failingClaims_neverFailACall_theModelRunsHereAndIsCached() throws Exception {
        Node a = new Node(Duration.ofSeconds(10), Duration.ofSeconds(10));
        claims.failPuts(new CacheException("cluster partitioned"));

        try (LogCapture log = LogCapture.of("io.cachedinference")) {
            assertThat(a.infer(4)).containsExactly(-4);

            assertThat(log.messages(java.util.logging.Level.WARNING)).singleElement().asString()
                    .contains("cluster claim").contains("cluster partitioned");
        }
        assertThat(a.counters.markerErrors()).isEqualTo(1);
        assertThat(data.entries()).hasSize(1);
    }
}
