package io.cachedinference.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.benchmarks.batch.BusyWait;
import io.cachedinference.benchmarks.batch.SlowClassifier;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A smoke test, not a measurement: runs the states' setup as JMH would and checks that each share of
 * cached images makes the batch call run the model as the goal says, with answers in image order.
 */
final class BatchBenchmarkTest {

    private final BatchBenchmark benchmark = new BatchBenchmark();
    private final BatchBenchmark.Misses misses = new BatchBenchmark.Misses();
    private final BatchBenchmark.Counts counts = new BatchBenchmark.Counts();

    private void start(String provider, int cachedPercent) {
        benchmark.provider = provider;
        benchmark.busyWait = BusyWait.CPU;
        benchmark.start();
        misses.cachedPercent = cachedPercent;
        misses.choose(benchmark);
        counts.mark(benchmark);
    }

    @AfterEach
    void stop() {
        if (benchmark.container() != null) {
            benchmark.stop();
        }
    }

    @Test
    void images_haveTheSizeTheReadmeReports() {
        assertThat(List.of(BatchBenchmark.images())).hasSize(32).allSatisfy(image -> assertThat(image).hasSize(150_528));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ehcache", "caffeine"})
    void halfCached_runsTheModelOnce_withTheSixteenMissingImagesInOrder(String provider) {
        start(provider, 50);

        List<float[]> answers = call();

        assertThat(counts.modelRuns).isEqualTo(1);
        assertThat(counts.modelImages).isEqualTo(16);
        List<float[]> expected = IntStream.range(0, BatchBenchmark.BATCH).filter(i -> i % 2 == 1)
                .mapToObj(i -> benchmark.batchInput().get(i)).toList();
        assertThat(benchmark.model().lastBatch()).containsExactlyElementsOf(expected);
        assertAnswersInOrder(answers);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 100})
    void noneOrAllCached_runsTheModelWithAllImagesOrNotAtAll(int cachedPercent) {
        start("ehcache", cachedPercent);

        List<float[]> answers = call();

        assertThat(counts.modelRuns).isEqualTo(cachedPercent == 0 ? 1 : 0);
        assertThat(counts.modelImages).isEqualTo(cachedPercent == 0 ? 32 : 0);
        assertAnswersInOrder(answers);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ehcache", "caffeine"})
    void single_hitsWhatTheBatchStored(String provider) {
        start(provider, 100);

        float[] answer = benchmark.single();
        counts.count();

        assertThat(answer).isEqualTo(SlowClassifier.scores(benchmark.batchInput().get(0)));
        assertThat(counts.modelRuns).isZero();
        assertThat(benchmark.container().statistics(SlowClassifier.CACHE).hits()).isEqualTo(1);
    }

    @Test
    void singles_hitEveryImageOnce() {
        start("ehcache", 100);

        benchmark.singles(new Blackhole(
                "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous."));
        counts.count();

        assertThat(counts.modelRuns).isZero();
        assertThat(benchmark.container().statistics(SlowClassifier.CACHE).hits()).isEqualTo(BatchBenchmark.BATCH);
    }

    /** Two calls, as JMH makes them: the evictions before each must make the second miss like the first. */
    private List<float[]> call() {
        misses.evict(benchmark);
        benchmark.batch(misses, counts);
        counts.mark(benchmark);
        misses.evict(benchmark);
        List<float[]> answers = benchmark.batch(misses, counts);
        counts.count();
        assertThat(counts.batchCalls).isEqualTo(1);
        return answers;
    }

    private void assertAnswersInOrder(List<float[]> answers) {
        assertThat(answers).hasSize(BatchBenchmark.BATCH);
        for (int i = 0; i < BatchBenchmark.BATCH; i++) {
            assertThat(answers.get(i)).as("answer %d", i).isEqualTo(SlowClassifier.scores(benchmark.batchInput().get(i)));
        }
    }
}
