package io.cachedinference.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.cachedinference.api.InferenceKey;
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
        assumeThat(ProviderFixture.statedBySettings(fixture().capabilities().byteBound()))
                .as("provider '%s' declares its byte bound %s", fixture().alias(), fixture().capabilities().byteBound())
                .isTrue();
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
    void burstOfLargeValues_afterManySmallOnes_staysWithinTheDeclaredSlack() {
        assumeThat(ProviderFixture.statedBySettings(fixture().capabilities().byteBound()))
                .as("provider '%s' declares its byte bound %s", fixture().alias(), fixture().capabilities().byteBound())
                .isTrue();
        try (KitContainer c = KitContainer.start(fixture(), SizedModel.class)) {
            SizedModel model = c.select(SizedModel.class);
            for (int i = 0; i < 100; i++) {
                model.featureMap(i, 256);
            }
            long largest = held(c);
            for (int i = 0; i < 6; i++) {
                model.featureMap(100 + i, 4096);
                largest = Math.max(largest, held(c));
            }

            System.out.printf("[%s] byte bound %d, 100 values of 1 KB then 6 of 16 KB: at most %d bytes held%n",
                    fixture().alias(), BOUND, largest);
            assertThat(largest).isLessThanOrEqualTo(BOUND + fixture().byteBoundSlack());
        }
    }

    @Test
    void byteBound_failsDeployment_onProvidersThatCannotWeigh() {
        assumeThat(fixture().capabilities().byteBound().available())
                .as("only for providers that declare byte bounds unsupported").isFalse();

        Throwable failure = catchThrowable(() -> KitContainer.start(fixture(), SizedModel.class).close());

        assertThat(DeploymentProblems.withId(DeploymentProblems.flatten(failure), "CI-108"))
                .singleElement().extracting(Throwable::getMessage).asString()
                .contains("max-bytes=65536").contains(fixture().alias());
    }

    // the kit's values are float arrays, sized as the library documents: a 16-byte header and 4 bytes a float
    private static long held(KitContainer c) {
        Cache<InferenceKey, Object> cache = c.cache("tck-bytes");
        return StreamSupport.stream(cache.spliterator(), false).mapToLong(e -> 16 + 4L * ((float[]) e.getValue()).length)
                .sum();
    }
}
