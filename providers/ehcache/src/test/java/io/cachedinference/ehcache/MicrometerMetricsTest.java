package io.cachedinference.ehcache;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.tck.KitContainer;
import io.cachedinference.tck.beans.ScoringModel;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** With Micrometer and a MeterRegistry bean, every cache's statistics are published, tagged by cache and model. */
final class MicrometerMetricsTest {

    /** The application's registry. */
    static final class Registry {
        static final SimpleMeterRegistry METERS = new SimpleMeterRegistry();

        @Produces
        @Singleton
        MeterRegistry registry() {
            return METERS;
        }
    }

    @Test
    void cacheStatistics_arePublishedAsMeters_andRemovedAtShutdown() {
        MeterRegistry meters = Registry.METERS;
        try (KitContainer c = KitContainer.start(new EhcacheFixture(), ScoringModel.class, Registry.class)) {
            ScoringModel model = c.select(ScoringModel.class);
            model.scale(new float[] {1}, 2f);
            model.scale(new float[] {1}, 2f);
            model.scale(new float[] {1}, 2f);

            String cache = "io.cachedinference.tck.beans.ScoringModel#scale(float[],float)";
            assertThat(meters.get("cached.inference.hits").tag("cache", cache).tag("model", "scoring")
                    .functionCounter().count()).isEqualTo(2);
            assertThat(meters.get("cached.inference.misses").tag("cache", cache).functionCounter().count()).isEqualTo(1);
            assertThat(meters.get("cached.inference.model.duration").tag("cache", cache).functionTimer().count())
                    .isEqualTo(1);
            assertThat(meters.get("cached.inference.hit.latency").tag("cache", cache).tag("quantile", "0.99")
                    .timeGauge().value(TimeUnit.NANOSECONDS)).isPositive();
            assertThat(meters.get("cached.inference.evictions").tag("cache", cache).functionCounter().count())
                    .isZero();
        }
        assertThat(meters.find("cached.inference.hits").meters()).isEmpty();
    }
}
