package io.cachedinference.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cachedinference.api.CacheStatistics;
import io.cachedinference.tck.beans.BatchModel;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Batch methods cache per item and send only the missing items to the model, in one run. */
public abstract class BatchSuite {

    private KitContainer container;
    private BatchModel model;

    /** The provider under test. */
    protected abstract ProviderFixture fixture();

    @BeforeEach
    void start() {
        container = KitContainer.start(fixture(), BatchModel.class);
        model = container.select(BatchModel.class);
    }

    @AfterEach
    void stop() {
        model.open();
        container.close();
    }

    @Test
    void allMissing_runTheModelOnce_withEveryItemInOrder() {
        List<float[]> out = model.embedAll(List.of(new float[] {1}, new float[] {2}, new float[] {3}));

        assertThat(out).extracting(a -> a[0]).containsExactly(2f, 4f, 6f);
        assertThat(model.batches()).containsExactly(List.of("1.0", "2.0", "3.0"));
    }

    @Test
    void allCached_doNotRunTheModel() {
        model.embedAll(List.of(new float[] {1}, new float[] {2}));
        List<float[]> again = model.embedAll(List.of(new float[] {2}, new float[] {1}));

        assertThat(again).extracting(a -> a[0]).containsExactly(4f, 2f);
        assertThat(model.batches()).hasSize(1);
        CacheStatistics stats = container.caches().statistics("tck-batch").orElseThrow();
        assertThat(stats.hits()).isEqualTo(2);
        assertThat(stats.misses()).isEqualTo(2);
    }

    @Test
    void mixed_runTheModelWithOnlyTheMissingItems_andMergeInOrder() {
        model.embedAll(List.of(new float[] {2}, new float[] {4}));

        List<float[]> out = model.embedAll(List.of(new float[] {1}, new float[] {2}, new float[] {3}, new float[] {4}));

        assertThat(out).extracting(a -> a[0]).containsExactly(2f, 4f, 6f, 8f);
        assertThat(model.batches()).containsExactly(List.of("2.0", "4.0"), List.of("1.0", "3.0"));
    }

    @Test
    void duplicatesInsideOneBatch_areComputedOnce() {
        List<float[]> out = model.embedAll(List.of(new float[] {5}, new float[] {6}, new float[] {5}));

        assertThat(out).extracting(a -> a[0]).containsExactly(10f, 12f, 10f);
        assertThat(model.batches()).containsExactly(List.of("5.0", "6.0"));
        assertThat(out.get(0)).isNotSameAs(out.get(2));
    }

    @Test
    void singleAndBatchCalls_onOneCache_hitEachOthersEntries() {
        model.embed(new float[] {1});
        model.embedAll(List.of(new float[] {1}, new float[] {2}));
        float[] single = model.embed(new float[] {2});

        assertThat(single).containsExactly(4f);
        assertThat(model.batches()).containsExactly(List.of("single:1.0"), List.of("2.0"));
    }

    @Test
    void otherArguments_joinTheItemKeys_andArraysWork() {
        assertThat(model.labels(new String[] {"a", "b"}, "en")).containsExactly("A@en", "B@en");
        assertThat(model.labels(new String[] {"b", "c"}, "en")).containsExactly("B@en", "C@en");
        assertThat(model.labels(new String[] {"a"}, "tr")).containsExactly("A@tr");

        assertThat(model.batches()).containsExactly(List.of("a", "b"), List.of("c"), List.of("a"));
    }

    @Test
    void aResultListOfTheWrongLength_isAnError_andNothingIsCached() {
        assertThatThrownBy(() -> model.broken(List.of("x", "y")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("returned 1 results for 2 items").hasMessageContaining("broken");
        assertThatThrownBy(() -> model.broken(List.of("x", "y"))).isInstanceOf(IllegalStateException.class);

        assertThat(model.batches()).hasSize(2);
    }

    @Test
    void overlappingConcurrentBatches_computeEachItemOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            model.close();
            Future<List<String>> first = pool.submit(() -> model.gatedAll(List.of("a", "b")));
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> model.batches().size() == 1);
            Future<List<String>> second = pool.submit(() -> model.gatedAll(List.of("b", "c")));
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> model.batches().size() == 2);

            model.open();

            assertThat(first.get(10, TimeUnit.SECONDS)).containsExactly("answer-a", "answer-b");
            assertThat(second.get(10, TimeUnit.SECONDS)).containsExactly("answer-b", "answer-c");
            assertThat(model.batches()).containsExactly(List.of("a", "b"), List.of("c"));
        } finally {
            pool.shutdownNow();
        }
    }
}
