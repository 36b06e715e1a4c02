package io.cachedinference.interceptor.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cachedinference.api.InferenceKey;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

final class QuantizedTensorKeyTest {

    private static final String NS = "embeddings/bge/1";

    private final QuantizedTensorKey key = new QuantizedTensorKey();

    private InferenceKey keyOf(Object... arguments) {
        return key.generate(NS, arguments);
    }

    /** Rounds to tenths, as a subclass bean would. */
    static final class Tenths extends QuantizedTensorKey {
        Tenths() {
            super(0.1);
        }
    }

    @Test
    void valuesWithinHalfAStepOfTheSameMultiple_shareAKey() {
        Tenths tenths = new Tenths();

        assertThat(tenths.generate(NS, new Object[] {new float[] {0.96f, -0.31f, 2.04f}}))
                .isEqualTo(tenths.generate(NS, new Object[] {new float[] {1.04f, -0.29f, 1.96f}}));
    }

    @Test
    void valuesOnEitherSideOfAMidpoint_getDifferentKeys_howeverClose() {
        Tenths tenths = new Tenths();

        assertThat(tenths.generate(NS, new Object[] {new float[] {0.1499f}}))
                .isNotEqualTo(tenths.generate(NS, new Object[] {new float[] {0.1501f}}));
    }

    @Test
    void defaultStep_isOneThousandth() {
        assertThat(key.step()).isEqualTo(1e-3);
        assertThat(keyOf(new float[] {0.5001f})).isEqualTo(keyOf(new float[] {0.4999f}));
        assertThat(keyOf(new float[] {0.5f})).isNotEqualTo(keyOf(new float[] {0.502f}));
    }

    @Test
    void doubles_areQuantizedToo() {
        assertThat(keyOf((Object) new double[] {0.12341, 7.0})).isEqualTo(keyOf((Object) new double[] {0.12349, 7.0002}));
        assertThat(keyOf((Object) new double[] {0.1})).isNotEqualTo(keyOf((Object) new float[] {0.1f}));
    }

    @Test
    void nestedFloatArrays_areQuantizedAtAnyDepth() {
        assertThat(keyOf((Object) new float[][] {{0.1001f}, {0.2f, 0.3f}}))
                .isEqualTo(keyOf((Object) new float[][] {{0.0999f}, {0.2f, 0.3001f}}));
    }

    @Test
    void otherArguments_areKeyedExactly() {
        assertThat(keyOf(new float[] {1f}, "top-5")).isNotEqualTo(keyOf(new float[] {1f}, "top-6"));
        assertThat(keyOf(new float[] {1f}, 5)).isEqualTo(keyOf(new float[] {1.0001f}, 5));
    }

    @Test
    void zeroSignsAreEqual_nanIsALevelOfItsOwn_infinitiesSaturate() {
        assertThat(keyOf(new float[] {0.0f})).isEqualTo(keyOf(new float[] {-0.0f}));
        assertThat(keyOf(new float[] {Float.NaN})).isNotEqualTo(keyOf(new float[] {0f}))
                .isNotEqualTo(keyOf(new float[] {Float.NEGATIVE_INFINITY}));
        assertThat(keyOf(new float[] {Float.POSITIVE_INFINITY})).isEqualTo(keyOf(new float[] {Float.MAX_VALUE}));
        assertThat(keyOf(new float[] {Float.NEGATIVE_INFINITY})).isEqualTo(keyOf(new float[] {-Float.MAX_VALUE}));
    }

    @Test
    void theStep_isPartOfTheKey() {
        // all-zero tensors quantize to the same levels under any step, but not to the same key
        assertThat(new Tenths().generate(NS, new Object[] {new float[4]})).isNotEqualTo(keyOf(new float[4]));
    }

    @Test
    void configuredStep_overridesTheSubclassStep() {
        Tenths tenths = new Tenths();
        tenths.configure(TestContext.of("embeddings", Map.of("quantization-step", "0.5")));

        assertThat(tenths.step()).isEqualTo(0.5);
        assertThat(tenths.generate(NS, new Object[] {new float[] {0.8f}}))
                .isEqualTo(tenths.generate(NS, new Object[] {new float[] {1.2f}}));
    }

    @Test
    void invalidConfiguredStep_isRejectedNamingKeyAndValue() {
        assertThatThrownBy(() -> key.configure(TestContext.of("embeddings", Map.of("quantization-step", "fine"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cached-inference.cache.embeddings.quantization-step=fine");
        assertThatThrownBy(() -> key.configure(TestContext.of("embeddings", Map.of("quantization-step", "-0.1"))))
                .hasMessageContaining("quantization-step=-0.1").hasMessageContaining("positive");
        assertThatThrownBy(() -> key.configure(TestContext.of("embeddings", Map.of("quantization-step", "NaN"))))
                .hasMessageContaining("positive");
    }

    @Test
    void invalidSubclassStep_isRejected() {
        assertThatThrownBy(() -> new QuantizedTensorKey(0) {
        }).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
    }

    @Test
    void oneInstance_cannotServeTwoCaches() {
        key.configure(TestContext.of("a", Map.of()));
        key.configure(TestContext.of("a", Map.of()));

        assertThatThrownBy(() -> key.configure(TestContext.of("b", Map.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'a'").hasMessageContaining("'b'").hasMessageContaining("@Dependent");
    }

    @Test
    void configuredContentKey_isUsed() {
        key.configure(TestContext.sha256("secure"));

        assertThat(keyOf(new float[] {1f}).digest()).hasSize(32);
    }

    @Nested
    final class GoldenValues {

        @Test
        void floatTensor_xxh3() {
            assertThat(hex(keyOf(new float[] {0.1234f, -0.5f, 1e-4f, 3f}))).isEqualTo("a7425b84f661235ac13d161ded01e8a5");
        }

        @Test
        void floatTensor_sha256() {
            key.configure(TestContext.sha256("secure"));

            assertThat(hex(keyOf(new float[] {0.1234f, -0.5f, 1e-4f, 3f})))
                    .isEqualTo("a9e3a77a4f4f55b54d28b6d607e5e97e06bd70d5e4a08d89cbcc78648cdbb829");
        }

        @Test
        void doublesAndText_xxh3() {
            assertThat(hex(keyOf(new double[] {Math.PI, -Math.E}, "en"))).isEqualTo("b4ee80e63e18e3a56262095d5325d0a8");
        }
    }

    private static String hex(InferenceKey key) {
        return HexFormat.of().formatHex(key.digest());
    }
}
