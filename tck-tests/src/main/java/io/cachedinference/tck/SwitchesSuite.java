package io.cachedinference.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.tck.beans.ScoringModel;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Caching can be switched off by configuration, for all caches or for one, without a code change. */
public abstract class SwitchesSuite {

    /** The provider under test. */
    protected abstract ProviderFixture fixture();

    @Test
    void cachingDisabledGlobally_runsTheModelOnEveryCall() {
        try (KitContainer c = KitContainer.start(fixture(), Map.of("cached-inference.enabled", "false"),
                ScoringModel.class)) {
            ScoringModel model = c.select(ScoringModel.class);
            model.negate(new float[] {1});
            model.negate(new float[] {1});

            assertThat(model.runs()).isEqualTo(2);
            assertThat(c.caches().statistics()).isEmpty();
        }
    }

    @Test
    void oneCacheDisabled_leavesTheOthersCaching() {
        String negate = "io.cachedinference.tck.beans.ScoringModel#negate(float[])";
        try (KitContainer c = KitContainer.start(fixture(),
                Map.of("cached-inference.cache." + negate + ".enabled", "false"), ScoringModel.class)) {
            ScoringModel model = c.select(ScoringModel.class);
            model.negate(new float[] {1});
            model.negate(new float[] {1});
            model.identity(new float[] {1});
            model.identity(new float[] {1});

            assertThat(model.runs()).isEqualTo(3);
            assertThat(c.caches().statistics(negate)).isEmpty();
        }
    }
}
