package io.cachedinference.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.ModelUpdated;
import io.cachedinference.tck.beans.VersionedModel;
import jakarta.enterprise.inject.spi.BeanManager;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import javax.cache.Cache;
import org.junit.jupiter.api.Test;

/** Model versions and invalidation: a rollout never serves the old model's answers. */
public abstract class ModelVersionSuite {

    /** The provider under test. */
    protected abstract ProviderFixture fixture();

    @Test
    void modelUpdatedEvent_switchesTheVersion_andNoOldAnswerIsServedAfterwards() {
        try (KitContainer c = KitContainer.start(fixture(), VersionedModel.class)) {
            VersionedModel model = c.select(VersionedModel.class);
            assertThat(model.rank("手机壳")).isEqualTo("weights-1:手机壳");

            model.load("2");
            c.select(BeanManager.class).getEvent().fire(new ModelUpdated("ranker", "2"));

            assertThat(model.rank("手机壳")).isEqualTo("weights-2:手机壳");
            assertThat(model.rank("手机壳")).isEqualTo("weights-2:手机壳");
            assertThat(model.runs()).isEqualTo(2);
            assertThat(namespaces(c)).containsExactly("tck-versioned|ranker@2");
        }
    }

    @Test
    void configuredModelVersion_overridesTheAnnotation() {
        try (KitContainer c = KitContainer.start(fixture(), Map.of("cached-inference.model.ranker.version", "7"),
                VersionedModel.class)) {
            c.select(VersionedModel.class).rank("case");

            assertThat(namespaces(c)).containsExactly("tck-versioned|ranker@7");
        }
    }

    @Test
    void invalidateWithArguments_removesOnlyThatCallsEntry() {
        try (KitContainer c = KitContainer.start(fixture(), VersionedModel.class)) {
            VersionedModel model = c.select(VersionedModel.class);
            model.rank("a");
            model.rank("b");

            c.caches().invalidate("tck-versioned", "a");
            model.rank("a");
            model.rank("b");

            assertThat(model.runs()).isEqualTo(3);
        }
    }

    @Test
    void invalidateModel_removesEveryEntryOfTheModel() {
        try (KitContainer c = KitContainer.start(fixture(), VersionedModel.class)) {
            VersionedModel model = c.select(VersionedModel.class);
            model.rank("a");
            model.rank("b");

            assertThat(c.caches().invalidateModel("ranker")).isEqualTo(2);
            model.rank("a");

            assertThat(model.runs()).isEqualTo(3);
        }
    }

    private static List<String> namespaces(KitContainer c) {
        Cache<InferenceKey, Object> cache = c.cache("tck-versioned");
        return StreamSupport.stream(cache.spliterator(), false).map(e -> e.getKey().namespace()).distinct()
                .collect(Collectors.toList());
    }
}
