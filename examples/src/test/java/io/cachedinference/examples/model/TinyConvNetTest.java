package io.cachedinference.examples.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

final class TinyConvNetTest {

    private final TinyConvNet network = new TinyConvNet();

    @Test
    void forward_returnsTenProbabilitiesThatSumToOne() {
        float[] out = network.forward(tensor(1));

        assertThat(out).hasSize(TinyConvNet.CLASSES);
        float sum = 0;
        for (float p : out) {
            assertThat(p).isBetween(0f, 1f);
            sum += p;
        }
        assertThat(sum).isCloseTo(1f, within(1e-5f));
    }

    @Test
    void forward_isDeterministicAcrossInstances_andDependsOnTheInput() {
        assertThat(new TinyConvNet().forward(tensor(1))).containsExactly(network.forward(tensor(1)));
        assertThat(network.forward(tensor(2))).isNotEqualTo(network.forward(tensor(1)));
    }

    @Test
    void wrongInputLength_isRejectedNamingTheExpectedShape() {
        assertThatThrownBy(() -> network.forward(new float[10]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1x3x224x224");
    }

    private static float[] tensor(long seed) {
        Random r = new Random(seed);
        float[] t = new float[TinyConvNet.INPUT_LENGTH];
        for (int i = 0; i < t.length; i++) {
            t[i] = r.nextFloat();
        }
        return t;
    }
}
