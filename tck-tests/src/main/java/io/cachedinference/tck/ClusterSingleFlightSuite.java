package io.cachedinference.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.api.CacheStatistics;
import io.cachedinference.api.spi.JCacheAdapter;
import io.cachedinference.tck.beans.ClusterModel;
import io.cachedinference.tck.faults.FaultInjectingAdapter;
import io.cachedinference.tck.faults.Faults;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.stream.StreamSupport;
import javax.cache.Cache;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code single-flight=cluster} on a provider whose caches are shared across processes: three members on
 * 127.0.0.1, each a container of its own, run the model once for a burst of equal misses.
 */
public abstract class ClusterSingleFlightSuite {

    private static final int THREADS = 16;

    private final String cluster = "tck-cluster-" + UUID.randomUUID();
    private final List<KitContainer> members = new ArrayList<>();
    private final ExecutorService pool = Executors.newCachedThreadPool();

    /** The provider under test. */
    protected abstract ProviderFixture fixture();

    /** The configuration of the first member of a named cluster. */
    protected abstract Map<String, String> firstMember(String cluster);

    /** The configuration of a member that joins the cluster of the first. */
    protected abstract Map<String, String> joiningMember(String cluster, KitContainer first);

    @AfterEach
    void stop() {
        pool.shutdownNow();
        for (KitContainer m : members) {
            try {
                m.select(ClusterModel.class).open();
                m.close();
            } catch (RuntimeException e) {
                // already closed by the test
            }
        }
    }

    @Test
    void threeMembersTimesSixteenThreads_oneMissingKey_runTheModelOnceInTheCluster() throws Exception {
        List<KitContainer> nodes = startCluster(3, Map.of());
        // the run is held until every member's calls are under way (a member's leader joins before its followers),
        // so no member can arrive after the result is stored and count a plain hit, however loaded the machine
        nodes.forEach(n -> n.select(ClusterModel.class).close());
        Future<List<String>> burst = pool.submit(() -> burst(nodes, "frame-1", THREADS));
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> nodes.stream().allMatch(n -> stats(n).waitingCalls() == THREADS - 1));
        nodes.forEach(n -> n.select(ClusterModel.class).open());

        List<String> answers = burst.get(30, TimeUnit.SECONDS);

        assertThat(answers).hasSize(3 * THREADS).containsOnly("answer-frame-1");
        assertThat(runs(nodes)).as("model runs in the cluster").isEqualTo(1);
        long coalesced = nodes.stream().mapToLong(n -> stats(n).clusterCoalescedWaits()).sum();
        System.out.printf("[%s] cluster single flight: 3 members x %d threads, %d model run(s), %d calls answered by"
                + " another member's run%n", fixture().alias(), THREADS, runs(nodes), coalesced);
        assertThat(coalesced).as("the other members' leaders followed the run").isEqualTo(2);
    }

    @Test
    void burstOnThreeMembers_runsOncePerMemberWithJvmScope_andOnceWithClusterScope() throws Exception {
        for (String scope : List.of("jvm", "cluster")) {
            List<KitContainer> nodes = startCluster(3, Map.of("cached-inference.cache." + ClusterModel.CACHE
                    + ".single-flight", scope));
            // a first burst on another key warms every member up, so the two scopes are timed alike
            burst(nodes, "warm-up-" + scope, THREADS);
            int before = runs(nodes);
            List<Timed> calls = timedBurst(nodes, "frame-" + scope, THREADS);
            int measured = runs(nodes) - before;
            List<Duration> sorted = calls.stream().map(Timed::elapsed).sorted().toList();
            Duration p99 = sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1);
            System.out.printf("[%s] 3 members x %d threads, one key, 50 ms model, single-flight=%s: %d model runs,"
                    + " p99 %d ms%n", fixture().alias(), THREADS, scope, measured, p99.toMillis());
            assertThat(measured).isEqualTo(scope.equals("jvm") ? 3 : 1);
            for (KitContainer n : nodes) {
                n.close();
            }
            members.clear();
        }
    }

    @Test
    void hundredBurstsOfDistinctKeys_runTheModelOncePerKey() throws Exception {
        List<KitContainer> nodes = startCluster(3, Map.of());
        nodes.forEach(n -> n.select(ClusterModel.class).cost(5));

        for (int k = 0; k < 100; k++) {
            assertThat(burst(nodes, "key-" + k, 2)).containsOnly("answer-key-" + k);
        }

        assertThat(runs(nodes)).isEqualTo(100);
        assertNoClaimLeft(nodes.get(0));
    }

    @Test
    void leaderKilledMidRun_oneFollowerTakesOver_everyCallerIsAnswered_andNoClaimIsLeft() throws Exception {
        // the lease is short beside the lock timeout, so the dead leader's claim ends (and a member's leave
        // settles) well before any follower would give up waiting and run the model on its own
        List<KitContainer> nodes = startCluster(3, Map.of("cached-inference.cache." + ClusterModel.CACHE + ".lock-timeout",
                "PT5S", "cached-inference.cache." + ClusterModel.CACHE + ".lease", "PT1S"));
        KitContainer leader = nodes.get(0);
        leader.select(ClusterModel.class).close();
        CountDownLatch dyingReturned = new CountDownLatch(1);
        Future<String> dying = pool.submit(() -> {
            try {
                return leader.select(ClusterModel.class).infer("frame-9");
            } finally {
                dyingReturned.countDown();
            }
        });
        leader.select(ClusterModel.class).awaitEntered();
        List<Future<Timed>> followers = new ArrayList<>();
        for (KitContainer node : nodes.subList(1, 3)) {
            ClusterModel model = node.select(ClusterModel.class);
            for (int t = 0; t < 4; t++) {
                followers.add(pool.submit(() -> Timed.of(() -> model.infer("frame-9"))));
            }
        }
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> stats(nodes.get(1)).waitingCalls() + stats(nodes.get(2)).waitingCalls() == 6);

        try (LogCapture log = LogCapture.of("io.cachedinference")) {
            leader.close();
            members.remove(leader);
            for (Future<Timed> f : followers) {
                Timed answer = f.get(20, TimeUnit.SECONDS);
                assertThat(answer.value()).isEqualTo("answer-frame-9");
                // the lease of the dead leader, then the run of the one that took over, before any lock timeout
                assertThat(answer.elapsed()).isLessThan(Duration.ofSeconds(5));
            }
            // the dead leader's own call ends too; its member gone, releasing its claim can only fail, and says so
            dying.cancel(true);
            assertThat(dyingReturned.await(10, TimeUnit.SECONDS)).as("the dead leader's call returned").isTrue();
            assertThat(log.messages(Level.WARNING)).allMatch(m -> m.startsWith("CI-001 Cache "), "fail-open warnings");
        }

        List<KitContainer> alive = nodes.subList(1, 3);
        long takeovers = alive.stream().mapToLong(n -> stats(n).leaseTakeovers()).sum();
        long timeouts = alive.stream().mapToLong(n -> stats(n).lockTimeouts()).sum();
        assertThat(runs(alive)).as("runs on the surviving members (%d takeovers, %d lock timeouts)", takeovers, timeouts)
                .isEqualTo(1);
        assertThat(timeouts).as("followers that gave up waiting").isZero();
        assertThat(takeovers).isEqualTo(1);
        assertNoClaimLeft(alive.get(0));
    }

    @Test
    void claimsFailingTenPercentOfTheTime_failNoRequest() throws Exception {
        Faults.reset();
        Map<String, String> faulty = Map.of("cached-inference.provider", FaultInjectingAdapter.ALIAS,
                FaultInjectingAdapter.DELEGATE, fixture().alias(), Faults.SHARE, "0.1");
        List<KitContainer> nodes = startCluster(3, faulty);
        nodes.forEach(n -> n.select(ClusterModel.class).cost(0));
        int failed = 0;
        try (LogCapture log = LogCapture.of("io.cachedinference")) {
            for (int k = 0; k < 100; k++) {
                List<Future<String>> calls = new ArrayList<>();
                for (KitContainer n : nodes) {
                    ClusterModel model = n.select(ClusterModel.class);
                    for (int t = 0; t < 2; t++) {
                        String key = "key-" + (k % 40);
                        calls.add(pool.submit(() -> model.infer(key)));
                    }
                }
                for (Future<String> c : calls) {
                    try {
                        c.get(20, TimeUnit.SECONDS);
                    } catch (java.util.concurrent.ExecutionException e) {
                        failed++;
                    }
                }
            }
            assertThat(log.messages(Level.WARNING)).allMatch(m -> m.startsWith("CI-001 Cache "), "fail-open warnings");
        }
        long markerErrors = nodes.stream().mapToLong(n -> stats(n).markerErrors()).sum();
        System.out.printf("[%s] cluster single flight with 10%% faults: 600 calls, %d failed, %d faults injected, %d"
                + " claim errors%n", fixture().alias(), failed, Faults.injected(), markerErrors);
        assertThat(failed).isZero();
        assertThat(markerErrors).isPositive();
    }

    private List<KitContainer> startCluster(int size, Map<String, String> extra) {
        Map<String, String> first = new HashMap<>(firstMember(cluster));
        first.putAll(extra);
        KitContainer a = KitContainer.start(fixture(), first, ClusterModel.class);
        members.add(a);
        for (int i = 1; i < size; i++) {
            Map<String, String> join = new HashMap<>(joiningMember(cluster, a));
            join.putAll(extra);
            members.add(KitContainer.start(fixture(), join, ClusterModel.class));
        }
        return List.copyOf(members);
    }

    private List<String> burst(List<KitContainer> nodes, String key, int threadsPerNode) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> calls = new ArrayList<>();
        for (KitContainer n : nodes) {
            ClusterModel model = n.select(ClusterModel.class);
            for (int t = 0; t < threadsPerNode; t++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return model.infer(key);
                }));
            }
        }
        start.countDown();
        List<String> answers = new ArrayList<>();
        for (Future<String> c : calls) {
            answers.add(c.get(20, TimeUnit.SECONDS));
        }
        return answers;
    }

    private List<Timed> timedBurst(List<KitContainer> nodes, String key, int threadsPerNode) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Timed>> calls = new ArrayList<>();
        for (KitContainer n : nodes) {
            ClusterModel model = n.select(ClusterModel.class);
            for (int t = 0; t < threadsPerNode; t++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return Timed.of(() -> model.infer(key));
                }));
            }
        }
        start.countDown();
        List<Timed> timed = new ArrayList<>();
        for (Future<Timed> c : calls) {
            timed.add(c.get(20, TimeUnit.SECONDS));
        }
        return timed;
    }

    private static int runs(List<KitContainer> nodes) {
        return nodes.stream().mapToInt(n -> n.select(ClusterModel.class).runs()).sum();
    }

    private static CacheStatistics stats(KitContainer n) {
        return n.caches().statistics(ClusterModel.CACHE).orElseThrow();
    }

    private static void assertNoClaimLeft(KitContainer node) {
        Cache<?, ?> data = node.cache(ClusterModel.CACHE);
        Cache<?, ?> claims = data.getCacheManager().getCache(JCacheAdapter.portableName(ClusterModel.CACHE + "-inflight"));
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> StreamSupport.stream(claims.spliterator(), false).count() == 0);
    }

    /** A call's answer and how long it took. */
    record Timed(String value, Duration elapsed) {
        static Timed of(Callable<String> call) throws Exception {
            long start = System.nanoTime();
            String value = call.call();
            return new Timed(value, Duration.ofNanos(System.nanoTime() - start));
        }
    }
}
