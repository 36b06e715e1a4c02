package io.cachedinference.examples.onnx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The bundled model is the generator's, and the generator writes the same bytes every time. */
final class TinyOnnxClassifierTest {

    @Test
    void theModelOnTheClassPath_isWhatTheGeneratorWrites() throws IOException {
        byte[] built = TinyOnnxClassifier.build();

        try (InputStream in = getClass().getClassLoader().getResourceAsStream(TinyOnnxClassifier.RESOURCE)) {
            assertThat(in).as("the build writes %s", TinyOnnxClassifier.RESOURCE).isNotNull();
            assertThat(in.readAllBytes()).isEqualTo(built);
        }
        assertThat(TinyOnnxClassifier.build()).isEqualTo(built);
        assertThat(built.length).isBetween(1_000_000, 2_000_000);
    }
}
