package io.cachedinference.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.tck.KitContainer;
import io.cachedinference.tck.beans.ScoringModel;
import io.cachedinference.testsupport.LoopbackRedis;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two deployments, each with a Redisson client of its own, on one Redis server: under one key prefix
 * what one computes the other reads, and an entry expires for both; under different prefixes they share
 * nothing.
 */
final class RedisSharedCacheTest {

    private static final int ENTRIES = 200;

    @BeforeAll
    static void server() {
        LoopbackRedis.shared();
    }

    @Test
    void resultComputedThroughA_isAHitThroughB_underTheSameKeyPrefix() {
        Map<String, String> prefix = Map.of("cached-inference.redis.key-prefix", RedisFixture.prefix());
        try (KitContainer a = KitContainer.start(new RedisFixture(), prefix, ScoringModel.class);
                KitContainer b = KitContainer.start(new RedisFixture(), prefix, ScoringModel.class)) {
            ScoringModel onA = a.select(ScoringModel.class);
            ScoringModel onB = b.select(ScoringModel.class);
            for (int i = 1; i <= ENTRIES; i++) {
                onA.negate(new float[] {i});
            }

            for (int i = 1; i <= ENTRIES; i++) {
                assertThat(onB.negate(new float[] {i})).containsExactly(-i);
            }

            assertThat(onA.runs()).isEqualTo(ENTRIES);
            assertThat(onB.runs()).as("model runs through B").isZero();
            assertThat(b.caches().statistics("io.cachedinference.tck.beans.ScoringModel#negate(float[])")
                    .orElseThrow().hits()).isEqualTo(ENTRIES);
        }
    }

    @Test
    void entryWrittenThroughA_expiresForB_afterItsTtl() {
        Map<String, String> prefix = Map.of("cached-inference.redis.key-prefix", RedisFixture.prefix());
        try (KitContainer a = KitContainer.start(new RedisFixture(), prefix, ScoringModel.class);
                KitContainer b = KitContainer.start(new RedisFixture(), prefix, ScoringModel.class)) {
            ScoringModel onA = a.select(ScoringModel.class);
            ScoringModel onB = b.select(ScoringModel.class);
            onA.shortLived("frame");
            assertThat(onB.shortLived("frame")).isEqualTo(onA.shortLived("frame"));
            assertThat(onB.runs()).as("B's first call, within the 0.3 s ttl").isZero();

            Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20))
                    .until(() -> {
                        onB.shortLived("frame");
                        return onB.runs() > 0;
                    });
        }
    }

    @Test
    void differentKeyPrefixes_shareNothing() {
        try (KitContainer a = KitContainer.start(new RedisFixture(), ScoringModel.class);
                KitContainer b = KitContainer.start(new RedisFixture(), ScoringModel.class)) {
            ScoringModel onA = a.select(ScoringModel.class);
            ScoringModel onB = b.select(ScoringModel.class);
            for (int i = 1; i <= 20; i++) {
                onA.negate(new float[] {i});
                onB.negate(new float[] {i});
            }

            assertThat(onB.runs()).isEqualTo(20);
        }
    }
}
