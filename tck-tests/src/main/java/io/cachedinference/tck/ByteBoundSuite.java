package io.cachedinference.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.cachedinference.api.InferenceKey;
import io.cachedinference.interceptor.internal.core.ResultSizes;
import io.cachedinference.interceptor.internal.validation.UnsupportedPolicyException;
import io.cachedinference.tck.beans.SizedModel;
import java.util.stream.StreamSupport;
import javax.cache.Cache;
import org.junit.jupiter.api.Test;

/** A cache bounded by bytes never holds more than its bound of values, whatever their sizes. */
public abstract class ByteBoundSuite {

    private static final long BOUND = 65536;

    /** The provider under test. */
    protected abstract ProviderFixture fixture();

    @Test
    void summedValueSizes_neverExceedTheBound_withResultsOfMixedSizes() {
        assumeThat(Capabilities.adapter(fixture()).supportsByteBound())
                .as("provider '%s' declares no byte bounds", fixture().alias()).isTrue();
        try (KitContainer c = KitContainer.start(fixture(), SizedModel.class)) {
            SizedModel model = c.select(SizedModel.class);
            long largest = 0;
            for (int i = 0; i < 300; i++) {
                int length = i % 3 == 0 ? 2000 : 4;
                assertThat(model.featureMap(i, length)).hasSize(length);
                largest = Math.max(largest, held(c));
            }

            System.out.printf("[%s] byte bound %d: at most %d bytes of values held%n", fixture().alias(), BOUND, largest);
            assertThat(largest).isPositive().isLessThanOrEqualTo(BOUND + fixture().byteBoundSlack());
            model.featureMap(299, 4);
            assertThat(model.runs()).as("the newest small result is still cached").isEqualTo(300);
        }
    }

    @Test
    void byteBound_failsDeployment_onProvidersThatCannotWeigh() {
        assumeThat(Capabilities.adapter(fixture()).supportsByteBound())
                .as("only for providers that declare no byte bounds").isFalse();

        Throwable failure = catchThrowable(() -> KitContainer.start(fixture(), SizedModel.class).close());

        assertThat(DeploymentProblems.flatten(failure)).filteredOn(UnsupportedPolicyException.class::isInstance)
                .singleElement().extracting(Throwable::getMessage).asString()
                .contains("max-bytes=65536").contains(fixture().alias());
    }

    private static long held(KitContainer c) {
        Cache<InferenceKey, Object> cache = c.registry().cache("tck-bytes").orElseThrow();
        ResultSizes sizes = ResultSizes.discover(ByteBoundSuite.class.getClassLoader());
        return StreamSupport.stream(cache.spliterator(), false).mapToLong(e -> sizes.weigh(e.getValue())).sum();
    }
}
