package io.cachedinference.ehcache;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.tck.KitContainer;
import io.cachedinference.tck.beans.ScoringModel;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With MicroProfile Config on the class path, its values override the annotation, and system properties override it. */
final class MicroProfileConfigTest {

    @Test
    void microProfileConfig_overridesTheAnnotation() {
        try (KitContainer c = KitContainer.start(new EhcacheFixture(), ScoringModel.class)) {
            assertThat(c.registry().plans()).filteredOn(p -> p.settings().cacheName().equals("tck-bounded"))
                    .singleElement().extracting(p -> p.settings().maxEntries()).isEqualTo(7L);
        }
    }

    @Test
    void systemProperties_overrideMicroProfileConfig() {
        try (KitContainer c = KitContainer.start(new EhcacheFixture(),
                Map.of("cached-inference.cache.tck-bounded.max-entries", "9"), ScoringModel.class)) {
            assertThat(c.registry().plans()).filteredOn(p -> p.settings().cacheName().equals("tck-bounded"))
                    .singleElement().extracting(p -> p.settings().maxEntries()).isEqualTo(9L);
        }
    }
}
