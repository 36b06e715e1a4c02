package io.cachedinference.tck.generic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.cachedinference.api.CacheStatistics;
import io.cachedinference.tck.DeploymentProblems;
import io.cachedinference.tck.KitContainer;
import io.cachedinference.tck.LogCapture;
import io.cachedinference.tck.beans.ScoringModel;
import io.cachedinference.tck.faults.FaultInjectingCachingProvider;
import io.cachedinference.tck.faults.Faults;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import javax.cache.Cache;
import org.junit.jupiter.api.Test;

/** cache2k through the generic adapter: selected by class name, its XML-defined caches used as configured. */
final class Cache2kProviderTest {

    private final Cache2kFixture cache2k = new Cache2kFixture();

    @Test
    void providerNamedByItsCachingProviderClass_servesHitsFromCache2k() {
        try (KitContainer c = KitContainer.start(cache2k, ScoringModel.class)) {
            ScoringModel model = c.select(ScoringModel.class);

            assertThat(model.negate(new float[] {1, 2})).containsExactly(-1, -2);
            assertThat(model.negate(new float[] {1, 2})).containsExactly(-1, -2);

            assertThat(model.runs()).isEqualTo(1);
            assertThat(c.caches().cachingProvider()).hasValue(Cache2kFixture.PROVIDER);
        }
    }

    @Test
    void cacheTheXmlDefines_isUsedAsConfiguredThere_withEvictionsCounted() {
        try (LogCapture log = LogCapture.of("io.cachedinference");
                KitContainer c = KitContainer.start(cache2k, ProviderDefinedModel.class)) {
            ProviderDefinedModel model = c.select(ProviderDefinedModel.class);

            IntStream.range(0, 200).forEach(model::label);

            Cache<?, ?> cache = c.cache("tck-provider-defined");
            assertThat(StreamSupport.stream(cache.spliterator(), false).count()).as("the XML's bound of 10")
                    .isBetween(1L, 10L);
            CacheStatistics stats = c.caches().statistics("tck-provider-defined").orElseThrow();
            assertThat(stats.evictions()).isPresent();
            assertThat(stats.evictions().getAsLong()).isGreaterThanOrEqualTo(190);
            assertThat(log.messages(Level.INFO)).anySatisfy(m -> assertThat(m).startsWith("CI-005 ")
                    .contains("'tck-provider-defined'").contains("used as configured"));
        }
    }

    @Test
    @SuppressWarnings("try") // the capture keeps the failed deployment's log off the console
    void nonSerializableResult_inACacheTheXmlStoresByValue_failsDeployment() {
        try (LogCapture log = LogCapture.of("io.cachedinference")) {
            Throwable failure = catchThrowable(() -> KitContainer.start(cache2k, ProviderDefinedModel.ByValue.class)
                    .close());

            assertThat(DeploymentProblems.withId(DeploymentProblems.flatten(failure), "CI-109")).singleElement()
                    .extracting(Throwable::getMessage).asString()
                    .contains(ProviderDefinedModel.Opaque.class.getName()).contains("cache=tck-provider-defined");
        }
    }

    @Test
    void tenThousandCalls_throughAThirdPartyProviderFailingTenPercent_failNone() {
        Faults.reset();
        Map<String, String> config = Map.of("cached-inference.provider", FaultInjectingCachingProvider.class.getName(),
                FaultInjectingCachingProvider.DELEGATE, Cache2kFixture.PROVIDER,
                FaultInjectingCachingProvider.SHARE, "0.1");
        int failed = 0;
        CacheStatistics stats;
        try (LogCapture log = LogCapture.of("io.cachedinference");
                KitContainer c = KitContainer.start(cache2k, config, ScoringModel.class)) {
            ScoringModel model = c.select(ScoringModel.class);
            for (int i = 0; i < 10_000; i++) {
                float v = i % 500;
                try {
                    float[] result = model.negate(new float[] {v, 1});
                    failed += result[0] == -v && result[1] == -1 ? 0 : 1;
                } catch (RuntimeException e) {
                    failed++;
                }
            }
            stats = c.caches().statistics("io.cachedinference.tck.beans.ScoringModel#negate(float[])").orElseThrow();
            assertThat(log.messages(Level.WARNING)).as("failures are logged").isNotEmpty();
        }
        System.out.printf("[generic adapter over a faulty third-party provider] 10000 calls, %d failed, %d faults"
                + " injected, %d errors counted%n", failed, Faults.injected(), stats.errors());
        assertThat(failed).isZero();
        assertThat(Faults.injected()).isBetween(1_000L, 2_000L);
        assertThat(stats.errors()).isEqualTo(Faults.injected());
    }
}
