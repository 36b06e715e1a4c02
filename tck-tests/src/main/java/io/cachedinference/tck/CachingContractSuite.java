package io.cachedinference.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.cachedinference.api.CacheStatistics;
import io.cachedinference.api.EvictionPolicy;
import io.cachedinference.api.InferenceKey;
import io.cachedinference.tck.beans.ScoringModel;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.StreamSupport;
import javax.cache.Cache;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@code @CachedInference} that every provider must keep: hits, misses, key
 * content, isolation, exceptions and nulls, array safety, expiry, the size bound and statistics.
 * Extend it with the provider's {@link ProviderFixture}.
 */
public abstract class CachingContractSuite {

    private KitContainer container;
    private ScoringModel model;

    /** The provider under test. */
    protected abstract ProviderFixture fixture();

    @BeforeEach
    void startContainer() {
        container = KitContainer.start(fixture(), ScoringModel.class);
        model = container.select(ScoringModel.class);
    }

    @AfterEach
    void stopContainer() {
        container.close();
    }

    @Test
    void secondEqualCall_isAnsweredFromCache_withoutRunningTheModel() {
        float[] first = model.scale(new float[] {1, 2, 3}, 2f);
        float[] second = model.scale(new float[] {1, 2, 3}, 2f);

        assertThat(second).containsExactly(first);
        assertThat(model.runs()).isEqualTo(1);
    }

    @Test
    void equalContentInDistinctArrays_hits() {
        float[] a = {0.5f, -1f, 7f};
        model.negate(a);
        model.negate(a.clone());

        assertThat(model.runs()).isEqualTo(1);
    }

    @Test
    void oneChangedElement_misses() {
        float[] input = new float[1000];
        model.negate(input);
        float[] changed = input.clone();
        changed[999] = Math.ulp(0f);

        float[] result = model.negate(changed);

        assertThat(model.runs()).isEqualTo(2);
        assertThat(result[999]).isEqualTo(-Math.ulp(0f));
    }

    @Test
    void otherArgument_misses() {
        model.scale(new float[] {1, 2}, 2f);
        model.scale(new float[] {1, 2}, 3f);

        assertThat(model.runs()).isEqualTo(2);
    }

    @Test
    void mapsWithEqualEntriesInAnotherOrder_hit() {
        Map<String, Integer> ordered = new LinkedHashMap<>();
        ordered.put("threshold", 5);
        ordered.put("topK", 3);
        Map<String, Integer> reversed = new LinkedHashMap<>();
        reversed.put("topK", 3);
        reversed.put("threshold", 5);

        model.describe(ordered);
        model.describe(reversed);
        model.describe(new HashMap<>(ordered));

        assertThat(model.runs()).isEqualTo(1);
    }

    @Test
    void twoMethodsWithEqualArguments_neverShareEntries() {
        float[] input = {1, 2, 3};
        float[] negated = model.negate(input);
        float[] same = model.identity(input);

        assertThat(negated).containsExactly(-1, -2, -3);
        assertThat(same).containsExactly(1, 2, 3);
        assertThat(model.runs()).isEqualTo(2);
    }

    @Test
    void exceptions_propagate_andAreNotCached() {
        assertThatThrownBy(() -> model.failing("x")).isInstanceOf(IllegalStateException.class)
                .hasMessage("model failed on x");
        assertThatThrownBy(() -> model.failing("x")).isInstanceOf(IllegalStateException.class);

        assertThat(model.runs()).isEqualTo(2);
    }

    @Test
    void nullResults_areReturned_andNotCached() {
        assertThat(model.nothing("x")).isNull();
        assertThat(model.nothing("x")).isNull();

        assertThat(model.runs()).isEqualTo(2);
    }

    @Test
    void writingIntoAReturnedArray_doesNotChangeWhatTheNextCallerGets() {
        float[] miss = model.negate(new float[] {1, 2});
        miss[0] = 99;
        float[] hit = model.negate(new float[] {1, 2});
        hit[1] = 99;
        float[] again = model.negate(new float[] {1, 2});

        assertThat(again).containsExactly(-1, -2);
        assertThat(model.runs()).isEqualTo(1);
    }

    @Test
    void entriesExpire_afterTheirTimeToLive() {
        assumeThat(fixture().supports(EvictionPolicy.TTL))
                .as("provider '%s' declares TTL unsupported", fixture().alias()).isTrue();
        model.shortLived("frame");
        model.shortLived("frame");
        assertThat(model.runs()).as("a hit before the TTL has passed").isEqualTo(1);

        Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    model.shortLived("frame");
                    return model.runs() > 1;
                });
    }

    @Test
    void theEntryBound_holdsUnderManyDistinctKeys() {
        assumeThat(ProviderFixture.statedBySettings(fixture().capabilities().entryBound()))
                .as("provider '%s' declares its entry bound %s", fixture().alias(), fixture().capabilities().entryBound())
                .isTrue();
        for (int i = 0; i < 200; i++) {
            assertThat(model.bounded(i)).isEqualTo(i * 2);
        }
        Cache<InferenceKey, Object> cache = container.cache("tck-bounded");

        long entries = StreamSupport.stream(cache.spliterator(), false).count();

        assertThat(entries).isPositive().isLessThanOrEqualTo(10 + fixture().sizeBoundSlack());
    }

    @Test
    void evictions_areCountedFromTheProvidersStatistics() {
        assumeThat(fixture().capabilities().statistics())
                .as("provider '%s' declares no JCache eviction statistics", fixture().alias()).isTrue();
        assumeThat(ProviderFixture.statedBySettings(fixture().capabilities().entryBound()))
                .as("provider '%s' declares its entry bound %s", fixture().alias(), fixture().capabilities().entryBound())
                .isTrue();
        for (int i = 0; i < 200; i++) {
            model.bounded(i);
        }

        CacheStatistics stats = container.caches().statistics("tck-bounded").orElseThrow();

        assertThat(stats.evictions()).isPresent();
        assertThat(stats.evictions().getAsLong()).isGreaterThanOrEqualTo(190 - fixture().sizeBoundSlack());
    }

    @Test
    void statistics_countHitsMissesAndModelTime() {
        model.negate(new float[] {1});
        model.negate(new float[] {1});
        model.negate(new float[] {1});
        model.negate(new float[] {2});

        CacheStatistics stats = container.caches().statistics(
                "io.cachedinference.tck.beans.ScoringModel#negate(float[])").orElseThrow();

        assertThat(stats.hits()).isEqualTo(2);
        assertThat(stats.misses()).isEqualTo(2);
        assertThat(stats.hitRatio()).isEqualTo(0.5);
        assertThat(stats.errors()).isZero();
        assertThat(stats.totalModelTime()).isPositive();
        assertThat(stats.meanHitTime()).isPositive();
        assertThat(stats.hitLatencies().count()).isEqualTo(2);
        assertThat(stats.modelLatencies().count()).isEqualTo(2);
        assertThat(stats.hitLatencies().percentile(50)).isPositive()
                .isLessThanOrEqualTo(stats.hitLatencies().max());
        assertThat(stats.modelLatencies().max()).isPositive();
    }

    @Test
    void invalidateAll_makesTheNextCallRunTheModel() {
        model.negate(new float[] {1});
        container.caches().invalidateAll("io.cachedinference.tck.beans.ScoringModel#negate(float[])");
        model.negate(new float[] {1});

        assertThat(model.runs()).isEqualTo(2);
    }
}
