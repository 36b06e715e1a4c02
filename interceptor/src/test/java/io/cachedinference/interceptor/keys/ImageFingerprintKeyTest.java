package io.cachedinference.interceptor.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cachedinference.api.InferenceKey;
import io.cachedinference.interceptor.keys.ImageFingerprintKey.Layout;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

final class ImageFingerprintKeyTest {

    private static final String NS = "camera/scene-classifier/3";

    private final ImageFingerprintKey key = new ImageFingerprintKey();

    private InferenceKey keyOf(Object... arguments) {
        return key.generate(NS, arguments);
    }

    @Test
    void sameFrameWithSensorNoise_sharesTheKey() {
        float[] frame = Scenes.frame(1, 2);

        assertThat(keyOf(Scenes.reshoot(frame, new Random(3), 0.01, 1, 0))).isEqualTo(keyOf(frame));
    }

    @Test
    void brightnessGainAndOffset_neverChangeTheKey() {
        float[] frame = Scenes.frame(4, 5);
        InferenceKey expected = keyOf(frame);

        for (double gain : new double[] {0.9, 0.95, 1.05, 1.1}) {
            for (double offset : new double[] {-0.05, 0, 0.05}) {
                assertThat(keyOf(Scenes.reshoot(frame, new Random(0), 0, gain, offset)))
                        .as("gain %s, offset %s", gain, offset).isEqualTo(expected);
            }
        }
    }

    @Test
    void differentScenes_getDifferentKeys() {
        assertThat(keyOf(Scenes.frame(10, 1))).isNotEqualTo(keyOf(Scenes.frame(11, 1)));
    }

    @Test
    void interleavedLayoutOfTheSameFrame_hasTheSameFingerprint() {
        float[] chw = Scenes.frame(6, 7);

        assertThat(ImageFingerprintKey.fingerprint(Scenes.toHwc(chw, 224, 224), 3, 224, 224, Layout.HWC, 35))
                .isEqualTo(Scenes.fingerprint(chw));
    }

    @Test
    void configuredShapeAndLayout_areUsed_andTheShapeIsPartOfTheKey() {
        float[] wide = Scenes.frame(8, 9, 120, 160);
        ImageFingerprintKey configured = new ImageFingerprintKey();
        configured.configure(TestContext.of("cam", Map.of("image-shape", "3x120x160", "image-layout", "HWC")));

        InferenceKey hwc = configured.generate(NS, new Object[] {Scenes.toHwc(wide, 120, 160)});

        ImageFingerprintKey chw = new ImageFingerprintKey(3, 120, 160, Layout.CHW) {
        };
        assertThat(chw.generate(NS, new Object[] {wide})).isEqualTo(hwc);
        assertThat(keyOf(Scenes.frame(8, 9))).isNotEqualTo(hwc);
    }

    @Test
    void withoutAShape_squareImagesOfThreeOrOneChannels_areInferred() {
        float[] gray = new float[64 * 64];
        for (int i = 0; i < gray.length; i++) {
            gray[i] = (i % 64) / 64f;
        }

        assertThat(keyOf(gray)).isEqualTo(keyOf(gray.clone()));
        assertThatThrownBy(() -> keyOf(new float[3 * 100 * 50]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("15000 floats")
                .hasMessageContaining("image-shape");
    }

    @Test
    void anImageOfAnotherLengthThanConfigured_isAnErrorOfThatCall() {
        key.configure(TestContext.of("cam", Map.of("image-shape", "3x64x64")));

        assertThatThrownBy(() -> keyOf(new float[3 * 64 * 65]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3x64x64");
    }

    @Test
    void invalidSettings_areRejectedNamingKeyAndValue() {
        assertThatThrownBy(() -> new ImageFingerprintKey().configure(TestContext.of("cam", Map.of("image-shape", "224x224"))))
                .hasMessageContaining("cached-inference.cache.cam.image-shape=224x224").hasMessageContaining("CxHxW");
        assertThatThrownBy(() -> new ImageFingerprintKey().configure(TestContext.of("cam", Map.of("image-shape", "3x16x16"))))
                .hasMessageContaining("image-shape=3x16x16").hasMessageContaining("32x32");
        assertThatThrownBy(() -> new ImageFingerprintKey().configure(TestContext.of("cam", Map.of("image-layout", "nchw"))))
                .hasMessageContaining("cached-inference.cache.cam.image-layout=nchw");
        assertThatThrownBy(() -> new ImageFingerprintKey().configure(TestContext.of("cam", Map.of("fingerprint-bits", "64"))))
                .hasMessageContaining("cached-inference.cache.cam.fingerprint-bits=64").hasMessageContaining("35");
    }

    @Test
    void fingerprintLength_isConfigurable_andPartOfTheKey() {
        float[] frame = Scenes.frame(12, 13);
        ImageFingerprintKey longer = new ImageFingerprintKey();
        longer.configure(TestContext.of("cam", Map.of("fingerprint-bits", "63")));

        assertThat(longer.bits()).isEqualTo(63);
        assertThat(Long.numberOfLeadingZeros(Scenes.fingerprint(frame, 63))).isGreaterThanOrEqualTo(1);
        assertThat(Scenes.fingerprint(frame, 15) >>> 15).isZero();
        assertThat(longer.generate(NS, new Object[] {frame})).isNotEqualTo(keyOf(frame));
    }

    @Test
    void otherArguments_areKeyedExactly() {
        float[] frame = Scenes.frame(14, 15);

        assertThat(keyOf(frame, "en")).isNotEqualTo(keyOf(frame, "de"));
        assertThat(keyOf(frame, new double[] {1})).isNotEqualTo(keyOf(frame, new double[] {1.0000001}));
    }

    /**
     * Robustness on fixed seeds, so the figures cannot drift between runs: the bounds sit below what
     * {@link FingerprintMeasurement} measured on larger samples (quoted in {@link ImageFingerprintKey}).
     */
    @Test
    void noiseRarelyChangesTheKey_andDistinctScenesDoNotShareOne() {
        int kept01 = 0;
        int kept02 = 0;
        int frames = 0;
        Random noise = new Random(11);
        for (int scene = 0; scene < 40; scene++) {
            float[] frame = Scenes.frame(2000 + scene, scene);
            long fingerprint = Scenes.fingerprint(frame);
            for (int shot = 0; shot < 3; shot++) {
                frames++;
                kept01 += Scenes.fingerprint(Scenes.reshoot(frame, noise, 0.01, 1, 0)) == fingerprint ? 1 : 0;
                kept02 += Scenes.fingerprint(Scenes.reshoot(frame, noise, 0.02, 1.02, -0.01)) == fingerprint ? 1 : 0;
            }
        }
        Set<Long> distinct = new HashSet<>();
        for (int scene = 0; scene < 300; scene++) {
            distinct.add(Scenes.fingerprint(Scenes.frame(7000 + scene, scene)));
        }

        assertThat(kept01).as("frames of 120 keeping their key at noise 0.01").isGreaterThanOrEqualTo(frames * 93 / 100);
        assertThat(kept02).as("frames of 120 keeping their key at noise 0.02, gain 1.02, offset -0.01")
                .isGreaterThanOrEqualTo(frames * 88 / 100);
        assertThat(distinct).as("distinct fingerprints of 300 scenes").hasSize(300);
    }

    @Nested
    final class GoldenValues {

        @Test
        void fingerprintOfAGeneratedFrame() {
            assertThat(Long.toHexString(Scenes.fingerprint(Scenes.frame(42, 7)))).isEqualTo("5aa14d687");
            assertThat(Long.toHexString(Scenes.fingerprint(Scenes.frame(42, 7), 63))).isEqualTo("25fb76ca252d1a06");
        }

        @Test
        void keyOfAGeneratedFrame_xxh3() {
            assertThat(hex(keyOf(Scenes.frame(42, 7)))).isEqualTo("dc615c3fb48cdc348de8af5bfec75e31");
        }

        @Test
        void keyOfAGeneratedFrame_sha256() {
            key.configure(TestContext.sha256("secure"));

            assertThat(hex(keyOf(Scenes.frame(42, 7))))
                    .isEqualTo("b0ed11b21e140f99acc9a164dda32a814e16e86d51cd342a363a93c576112521");
        }
    }

    private static String hex(InferenceKey key) {
        return HexFormat.of().formatHex(key.digest());
    }
}
