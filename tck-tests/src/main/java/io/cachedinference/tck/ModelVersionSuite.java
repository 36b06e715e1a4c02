package io.cachedinference.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.api.CacheStatistics;
import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.ModelUpdated;
import io.cachedinference.tck.beans.VersionedModel;
import jakarta.enterprise.inject.spi.BeanManager;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import javax.cache.Cache;
import org.junit.jupiter.api.Test;

/** Model versions and invalidation: a rollout never serves the old model's answers. */
public abstract class ModelVersionSuite {

    private final ExecutorService pool = Executors.newCachedThreadPool();

    /** The provider under test. */
    protected abstract ProviderFixture fixture();

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void modelUpdatedEvent_switchesTheVersion_andNoOldAnswerIsServedAfterwards() {
        try (KitContainer c = KitContainer.start(fixture(), VersionedModel.class)) {
            VersionedModel model = c.select(VersionedModel.class);
            assertThat(model.rank("手机壳")).isEqualTo("weights-1:手机壳");

            model.load("2");
            rollout(c, "2");

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

    @Test
    void callThatSpansARollout_getsWhatItsRunComputed_butItIsNotCached_soARollbackServesVersionOnesAnswer()
            throws Exception {
        try (KitContainer c = KitContainer.start(fixture(), VersionedModel.class)) {
            VersionedModel model = c.select(VersionedModel.class);
            model.close();
            Future<String> spanning = pool.submit(() -> model.rankSlowly("手机壳"));
            model.awaitEntered();

            // the rollout: version 2's weights are loaded while the version-1 call is still in the model
            model.load("2");
            rollout(c, "2");
            model.open();

            assertThat(spanning.get(10, TimeUnit.SECONDS)).isEqualTo("weights-2:手机壳");
            assertThat(stats(c, "tck-versioned-slow").staleStoresDropped()).isEqualTo(1);
            model.load("1");
            rollout(c, "1");
            assertThat(model.rankSlowly("手机壳")).as("after the rollback").isEqualTo("weights-1:手机壳");
            assertThat(model.slowRuns()).isEqualTo(2);
        }
    }

    @Test
    void invalidateModelAfterARollout_leavesNoEntryOfTheModel_evenFromARunThatFinishesLater() throws Exception {
        try (KitContainer c = KitContainer.start(fixture(), VersionedModel.class)) {
            VersionedModel model = c.select(VersionedModel.class);
            model.close();
            Future<String> late = pool.submit(() -> model.rankSlowly("late"));
            model.awaitEntered();

            model.load("2");
            rollout(c, "2");
            c.caches().invalidateModel("ranker");
            model.open();
            late.get(10, TimeUnit.SECONDS);

            assertThat(StreamSupport.stream(c.cache("tck-versioned-slow").spliterator(), false).count()).isZero();
        }
    }

    @Test
    void asynchronousRunThatSpansARollout_isAnswered_butNotCached() throws Exception {
        try (KitContainer c = KitContainer.start(fixture(), VersionedModel.class)) {
            VersionedModel model = c.select(VersionedModel.class);
            model.close();
            CompletableFuture<String> spanning = model.rankLater("q");

            model.load("2");
            rollout(c, "2");
            model.open();

            assertThat(spanning.get(10, TimeUnit.SECONDS)).isEqualTo("weights-2:q");
            assertThat(StreamSupport.stream(c.cache("tck-versioned-async").spliterator(), false).count()).isZero();
            model.load("1");
            rollout(c, "1");
            assertThat(model.rankLater("q").get(10, TimeUnit.SECONDS)).isEqualTo("weights-1:q");
        }
    }

    private static void rollout(KitContainer c, String version) {
        try (LogCapture log = LogCapture.of("io.cachedinference")) {
            c.select(BeanManager.class).getEvent().fire(new ModelUpdated("ranker", version));
            assertThat(log.messages(Level.INFO)).anySatisfy(m -> assertThat(m)
                    .startsWith("CI-003 model 'ranker' switched to version '" + version + "'"));
        }
    }

    private static CacheStatistics stats(KitContainer c, String cache) {
        return c.caches().statistics(cache).orElseThrow();
    }

    private static List<String> namespaces(KitContainer c) {
        Cache<InferenceKey, Object> cache = c.cache("tck-versioned");
        return StreamSupport.stream(cache.spliterator(), false).map(e -> e.getKey().namespace()).distinct()
                .collect(Collectors.toList());
    }
}
