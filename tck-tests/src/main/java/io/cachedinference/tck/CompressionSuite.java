package io.cachedinference.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.api.CacheStatistics;
import io.cachedinference.api.InferenceKey;
import io.cachedinference.tck.beans.FeatureModel;
import java.util.Map;
import java.util.stream.StreamSupport;
import javax.cache.Cache;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A cache that opts into compression stores large arrays compressed and answers hits exactly. */
public abstract class CompressionSuite {

    /** The provider under test. */
    protected abstract ProviderFixture fixture();

    @ParameterizedTest
    @ValueSource(strings = {"lz4", "zstd"})
    void largeArrays_areStoredCompressed_andHitsReturnThemExactly(String algorithm) {
        try (KitContainer c = KitContainer.start(fixture(), config(algorithm), FeatureModel.class)) {
            FeatureModel model = c.select(FeatureModel.class);
            float[] miss = model.features(7);

            float[] hit = model.features(7);

            assertThat(hit).containsExactly(miss);
            assertThat(model.runs()).isEqualTo(1);
            Cache<InferenceKey, Object> cache = c.cache("tck-compressed");
            assertThat(StreamSupport.stream(cache.spliterator(), false).map(Cache.Entry::getValue))
                    .singleElement().isNotInstanceOf(float[].class);
            CacheStatistics stats = c.caches().statistics("tck-compressed").orElseThrow();
            System.out.printf("[%s] %s: 2048-float sparse map, %d of 8192 bytes saved, decompression %d ns%n",
                    fixture().alias(), algorithm, stats.compressionBytesSaved(), stats.decompressionTime().toNanos());
            assertThat(stats.compressionBytesSaved()).isGreaterThan(8192 / 2);
            assertThat(stats.decompressionTime()).isPositive();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"lz4", "zstd"})
    void arraysBelowTheThreshold_areStoredAsTheyAre(String algorithm) {
        try (KitContainer c = KitContainer.start(fixture(), config(algorithm), FeatureModel.class)) {
            FeatureModel model = c.select(FeatureModel.class);
            model.small(3);

            assertThat(model.small(3)).containsExactly(3, 4, 5, 6);
            Cache<InferenceKey, Object> cache = c.cache("tck-compressed-small");
            assertThat(StreamSupport.stream(cache.spliterator(), false).map(Cache.Entry::getValue))
                    .singleElement().isInstanceOf(float[].class);
            assertThat(c.caches().statistics("tck-compressed-small").orElseThrow().compressionBytesSaved()).isZero();
        }
    }

    private static Map<String, String> config(String algorithm) {
        return Map.of("cached-inference.cache.tck-compressed.compression", algorithm,
                "cached-inference.cache.tck-compressed-small.compression", algorithm,
                "cached-inference.cache.tck-compressed-small.compression-threshold", "1024");
    }
}
