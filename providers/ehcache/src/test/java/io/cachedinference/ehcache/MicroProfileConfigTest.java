package io.cachedinference.ehcache;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.tck.KitContainer;
import io.cachedinference.tck.beans.ScoringModel;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * With MicroProfile Config on the class path, its values override the annotation, and system properties
 * override it. {@code META-INF/microprofile-config.properties} bounds {@code tck-bounded} to 7 entries (the
 * annotation says 10).
 */
final class MicroProfileConfigTest {

    @Test
    void microProfileConfig_overridesTheAnnotation() {
        try (KitContainer c = KitContainer.start(new EhcacheFixture(), ScoringModel.class)) {
            assertThat(entriesAfterManyKeys(c)).isEqualTo(7);
        }
    }

    @Test
    void systemProperties_overrideMicroProfileConfig() {
        try (KitContainer c = KitContainer.start(new EhcacheFixture(),
                Map.of("cached-inference.cache.tck-bounded.max-entries", "9"), ScoringModel.class)) {
            assertThat(entriesAfterManyKeys(c)).isEqualTo(9);
        }
    }

    private static long entriesAfterManyKeys(KitContainer c) {
        ScoringModel model = c.select(ScoringModel.class);
        IntStream.range(0, 100).forEach(model::bounded);
        return StreamSupport.stream(c.cache("tck-bounded").spliterator(), false).count();
    }
}
