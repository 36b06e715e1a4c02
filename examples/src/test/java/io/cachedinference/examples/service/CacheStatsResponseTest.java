package io.cachedinference.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.api.CacheStatistics;
import io.cachedinference.api.InferenceCaches;
import io.cachedinference.api.LatencyDistribution;
import io.cachedinference.examples.service.CacheStatsResponse.CacheView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The statistics the service reports count from the last reset, whether or not the library resets its own. */
final class CacheStatsResponseTest {

    private static final Instant START = Instant.parse("2026-12-02T10:00:00Z");

    private final FakeStatistics search = new FakeStatistics();
    private final StatisticsBaselines baselines = new StatisticsBaselines(Clock.fixed(START, ZoneOffset.UTC));

    @Test
    void beforeAnyReset_theCountersAreTheLibrarys_sinceTheStart() {
        search.set(30, 10, Duration.ofMillis(3), Duration.ofMillis(20));

        CacheView view = view();

        assertThat(view.since()).isEqualTo(START.toString());
        assertThat(view.hits()).isEqualTo(30);
        assertThat(view.misses()).isEqualTo(10);
        assertThat(view.hitRatio()).isEqualTo(0.75);
        assertThat(view.modelLatency().meanMs()).isEqualTo(2.0);
        assertThat(view.hitLatency().meanMs()).isEqualTo(0.1);
        // 30 hits x 2 ms mean model time, less the 3 ms the hits took
        assertThat(view.estimatedTimeSavedMs()).isEqualTo(57.0);
    }

    @Test
    void afterAReset_theCountersAreTheLibrarysLessTheSnapshot() {
        search.set(30, 10, Duration.ofMillis(3), Duration.ofMillis(20));
        baselines.reset("search", search);
        search.set(33, 11, Duration.ofMillis(4), Duration.ofMillis(24));

        CacheView view = view();

        assertThat(view.hits()).isEqualTo(3);
        assertThat(view.misses()).isEqualTo(1);
        assertThat(view.hitRatio()).isEqualTo(0.75);
        assertThat(view.modelLatency().meanMs()).isEqualTo(4.0);
        assertThat(view.hitLatency().count()).isEqualTo(3);
        assertThat(view.estimatedTimeSavedMs()).isEqualTo(11.0);
    }

    @Test
    void whenTheLibraryResetItsOwnCountersToo_theyAreReportedAsTheyAre() {
        search.set(30, 10, Duration.ofMillis(3), Duration.ofMillis(20));
        baselines.reset("search", search);
        // a library that resets on invalidateAll, or later, counts from zero again
        search.set(2, 1, Duration.ofMillis(1), Duration.ofMillis(5));

        CacheView view = view();

        assertThat(view.hits()).isEqualTo(2);
        assertThat(view.misses()).isEqualTo(1);
        assertThat(view.modelLatency().meanMs()).isEqualTo(5.0);
    }

    private CacheView view() {
        return CacheStatsResponse.of(new FakeCaches(search), baselines).caches().get("search");
    }

    private static final class FakeStatistics implements CacheStatistics {
        long hits;
        long misses;
        Duration hitTime = Duration.ZERO;
        Duration modelTime = Duration.ZERO;

        void set(long hits, long misses, Duration hitTime, Duration modelTime) {
            this.hits = hits;
            this.misses = misses;
            this.hitTime = hitTime;
            this.modelTime = modelTime;
        }

        @Override
        public String cacheName() {
            return "search";
        }

        @Override
        public long hits() {
            return hits;
        }

        @Override
        public long misses() {
            return misses;
        }

        @Override
        public long errors() {
            return 0;
        }

        @Override
        public long coalescedWaits() {
            return 0;
        }

        @Override
        public long lockTimeouts() {
            return 0;
        }

        @Override
        public OptionalLong evictions() {
            return OptionalLong.empty();
        }

        @Override
        public long compressionBytesSaved() {
            return 0;
        }

        @Override
        public Duration decompressionTime() {
            return Duration.ZERO;
        }

        @Override
        public LatencyDistribution hitLatencies() {
            return distribution(hits);
        }

        @Override
        public LatencyDistribution modelLatencies() {
            return distribution(misses);
        }

        @Override
        public Duration totalModelTime() {
            return modelTime;
        }

        @Override
        public Duration totalHitTime() {
            return hitTime;
        }

        private static LatencyDistribution distribution(long count) {
            return new LatencyDistribution() {
                @Override
                public long count() {
                    return count;
                }

                @Override
                public Duration percentile(double percentile) {
                    return Duration.ofMillis(1);
                }

                @Override
                public Duration max() {
                    return Duration.ofMillis(2);
                }
            };
        }
    }

    private record FakeCaches(CacheStatistics search) implements InferenceCaches {

        @Override
        public Optional<CacheStatistics> statistics(String cacheName) {
            return "search".equals(cacheName) ? Optional.of(search) : Optional.empty();
        }

        @Override
        public Map<String, CacheStatistics> statistics() {
            return Map.of("search", search);
        }

        @Override
        public void invalidateAll(String cacheName) {
        }

        @Override
        public void invalidate(String cacheName, Object... arguments) {
        }

        @Override
        public long invalidateModel(String model) {
            return 0;
        }

        @Override
        public Optional<String> cachingProvider() {
            return Optional.of("fake");
        }
    }
}
