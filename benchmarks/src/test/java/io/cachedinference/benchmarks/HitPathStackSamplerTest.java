package io.cachedinference.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.benchmarks.hitpath.PlainModel;
import org.junit.jupiter.api.Test;

/** A smoke test, not a measurement: the sampler sees the calling loop and stops it. */
final class HitPathStackSamplerTest {

    @Test
    void sample_reportsTheCallersMethods() throws InterruptedException {
        var shares = HitPathStackSampler.sample(new PlainModel(), new float[4], 10, 20);

        assertThat(shares).containsKey("java.lang.Thread.run");
        assertThat(shares.values()).allSatisfy(share -> assertThat(share).isBetween(0.0, 1.0));
    }
}
