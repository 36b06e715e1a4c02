package io.cachedinference.examples.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plain session model on the bundled classifier: opened once, run, closed once; no cache involved. */
final class OnnxSessionModelTest {

    private final OnnxSessionModel model = OnnxSessionModel.open(OnnxModelConfig.bundled());

    @AfterEach
    void close() {
        model.close();
    }

    @Test
    void bundledClassifier_takesTheSeedsShape_andAnswersAProbabilityDistribution_deterministically() {
        float[] image = OnnxInputs.image(1);

        float[] first = model.infer(image);
        float[] second = model.infer(image.clone());

        assertThat(model.inputShape()).containsExactly(1, 3, 224, 224);
        assertThat(model.inputLength()).isEqualTo(150_528);
        assertThat(model.outputLength()).isEqualTo(1000);
        assertThat(model.name()).isEqualTo("onnx-cnn");
        assertThat(model.source()).isEqualTo("classpath:" + TinyOnnxClassifier.RESOURCE);
        assertThat(first).hasSize(1000);
        double sum = 0;
        for (float p : first) {
            assertThat(p).isBetween(0f, 1f);
            sum += p;
        }
        assertThat(sum).isCloseTo(1.0, within(1e-4));
        assertThat(second).containsExactly(first);
        assertThat(model.infer(OnnxInputs.image(2))).isNotEqualTo(first);
        assertThat(model.runs()).isEqualTo(3);
    }

    @Test
    void theRuntimesOwnTensor_givesTheSameAnswerAsItsFloats_andStaysOpen() throws OrtException {
        float[] image = OnnxInputs.image(3);
        try (OnnxTensor tensor = OnnxTensor.createTensor(OrtEnvironment.getEnvironment(), FloatBuffer.wrap(image),
                model.inputShape())) {

            assertThat(model.infer(tensor)).containsExactly(model.infer(image));
            assertThat(tensor.isClosed()).isFalse();
        }
    }

    @Test
    void inputOfTheWrongLengthOrShape_failsNamingTheModelAndTheShape_withoutARun() throws OrtException {
        assertThatThrownBy(() -> model.infer(new float[3])).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ONNX model 'onnx-cnn' expects 150528 floats (1x3x224x224), got 3");
        try (OnnxTensor flat = OnnxTensor.createTensor(OrtEnvironment.getEnvironment(),
                FloatBuffer.wrap(OnnxInputs.image(4)), new long[] {150_528})) {
            assertThatThrownBy(() -> model.infer(flat)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("ONNX model 'onnx-cnn' expects a FLOAT tensor of shape 1x3x224x224, got FLOAT 150528");
        }
        assertThat(model.runs()).isZero();
    }

    @Test
    void concurrentRuns_shareTheSession_andGiveEachCallersAnswer() throws Exception {
        float[] a = OnnxInputs.image(5);
        float[] b = OnnxInputs.image(6);
        float[] expectedA = model.infer(a);
        float[] expectedB = model.infer(b);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            Future<float[]> fromA = pool.submit(() -> {
                start.await();
                return model.infer(a);
            });
            Future<float[]> fromB = pool.submit(() -> {
                start.await();
                return model.infer(b);
            });
            start.countDown();

            assertThat(fromA.get(30, TimeUnit.SECONDS)).containsExactly(expectedA);
            assertThat(fromB.get(30, TimeUnit.SECONDS)).containsExactly(expectedB);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void close_closesOnce_andLaterRunsFailSayingSo() {
        model.close();
        model.close();

        assertThat(model.isOpen()).isFalse();
        assertThatThrownBy(() -> model.infer(OnnxInputs.image(7))).isInstanceOf(IllegalStateException.class)
                .hasMessage("ONNX model 'onnx-cnn' is closed");
        assertThat(model.runs()).isZero();
        assertThat(model.toString()).endsWith(", closed]");
    }

    @Test
    void aModelFile_opensUnderItsFileName(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("classifier.onnx"), TinyOnnxClassifier.build());

        try (OnnxSessionModel fromFile = OnnxSessionModel.open(OnnxModelConfig.of(file).withIntraOpThreads(2))) {
            assertThat(fromFile.name()).isEqualTo("classifier");
            assertThat(fromFile.source()).isEqualTo(file.toString());
            float[] image = OnnxInputs.image(8);
            assertThat(fromFile.infer(image)).containsExactly(model.infer(image));
        }
    }

    @Test
    void missingFile_failsNamingTheSettingAndThePath(@TempDir Path dir) {
        Path missing = dir.resolve("missing.onnx");

        assertThatThrownBy(() -> OnnxSessionModel.open(OnnxModelConfig.of(missing)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("examples.model.onnx.path names no readable file: " + missing + " (an .onnx model file)");
    }

    @Test
    void fileThatIsNoModel_failsWithTheRuntimesReason(@TempDir Path dir) throws IOException {
        Path garbage = Files.writeString(dir.resolve("garbage.onnx"), "not a protobuf");

        assertThatThrownBy(() -> OnnxSessionModel.open(OnnxModelConfig.of(garbage)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("ONNX Runtime cannot open the model " + garbage + ": ")
                .hasCauseInstanceOf(OrtException.class);
    }
}
