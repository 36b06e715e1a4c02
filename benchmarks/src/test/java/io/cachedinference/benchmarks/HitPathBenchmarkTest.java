package io.cachedinference.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.api.CacheStatistics;
import io.cachedinference.benchmarks.hitpath.HitPathModel;
import io.cachedinference.benchmarks.hitpath.NaiveSha;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A smoke test, not a measurement: every variant answers the model's scores, the keyed variants
 * really hit (the model ran once, in setup), and the two {@code @CachedInference} variants count
 * their hits in {@code InferenceCaches}. Runs each state's setup as JMH would, for the 512-float input.
 */
final class HitPathBenchmarkTest {

    private static final int CALLS = 5;

    private final HitPathBenchmark benchmark = new HitPathBenchmark();
    private final HitPathBenchmark.Direct direct = new HitPathBenchmark.Direct();
    private final HitPathBenchmark.Interposed interposed = new HitPathBenchmark.Interposed();
    private final HitPathBenchmark.OnEhcache onEhcache = new HitPathBenchmark.OnEhcache();
    private final HitPathBenchmark.OnCaffeine onCaffeine = new HitPathBenchmark.OnCaffeine();

    @BeforeEach
    void setUp() {
        benchmark.floats = 512;
        benchmark.makeInput();
        interposed.start(benchmark);
        onEhcache.start(benchmark);
        onCaffeine.start(benchmark);
    }

    @AfterEach
    void tearDown() {
        interposed.stop();
        onEhcache.stop();
        onCaffeine.stop();
    }

    @Test
    void unkeyedVariants_runTheModelOnEveryCall() {
        for (int i = 0; i < CALLS; i++) {
            assertThat(benchmark.a_direct(direct)).isEqualTo(HitPathModel.SCORES);
            assertThat(benchmark.b_proxy(interposed)).isEqualTo(HitPathModel.SCORES);
            assertThat(benchmark.c_passThrough(interposed)).isEqualTo(HitPathModel.SCORES);
        }

        assertThat(direct.model.runs()).isEqualTo(CALLS);
        assertThat(interposed.proxied.runs()).isEqualTo(CALLS);
        assertThat(interposed.passThrough.runs()).isEqualTo(CALLS);
    }

    @Test
    void referenceInterceptors_hitAfterTheSetupCall() {
        for (int i = 0; i < CALLS; i++) {
            assertThat(benchmark.d_keyChm(interposed)).isEqualTo(HitPathModel.SCORES);
            assertThat(benchmark.e_keyRawEhcache(interposed)).isEqualTo(HitPathModel.SCORES);
            assertThat(benchmark.h_naiveSha256Chm(interposed)).isEqualTo(HitPathModel.SCORES);
        }

        assertThat(interposed.keyedMap.runs()).isEqualTo(1);
        assertThat(interposed.keyedEhcache.runs()).isEqualTo(1);
        assertThat(interposed.naiveSha.runs()).isEqualTo(1);
    }

    @Test
    void cachedInference_hitsOnBothProviders_andCopiesTheAnswer() {
        for (int i = 0; i < CALLS; i++) {
            float[] onEh = benchmark.f_cachedEhcache(onEhcache);
            float[] onCaf = benchmark.g_cachedCaffeine(onCaffeine);

            assertThat(onEh).isEqualTo(HitPathModel.SCORES).isNotSameAs(HitPathModel.SCORES);
            assertThat(onCaf).isEqualTo(HitPathModel.SCORES).isNotSameAs(HitPathModel.SCORES);
        }

        for (CacheStatistics statistics : new CacheStatistics[] {onEhcache.container.statistics(),
                onCaffeine.container.statistics()}) {
            assertThat(statistics.misses()).as("misses of %s", statistics).isEqualTo(1);
            assertThat(statistics.hits()).as("hits of %s", statistics).isEqualTo(CALLS);
        }
        assertThat(onEhcache.model.runs()).isEqualTo(1);
        assertThat(onCaffeine.model.runs()).isEqualTo(1);
    }

    @Test
    void naiveKey_isTheSeedsTensorHash() {
        assertThat(NaiveSha.sha256Hex(benchmark.input()))
                .isEqualTo(KeyGenerationBenchmark.hexDigest("SHA-256", KeyGenerationBenchmark.seedBytes(benchmark.input())));
    }

    @Test
    void keyAlone_isStable() {
        assertThat(benchmark.i_keyAlone()).isEqualTo(benchmark.i_keyAlone());
    }
}
