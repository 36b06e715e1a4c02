package io.cachedinference.examples.ascend;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.examples.onnx.OnnxSessionModel;
import io.cachedinference.examples.onnx.TinyOnnxClassifier;
import io.cachedinference.interceptor.internal.CachedInferenceExtension;
import java.util.Random;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code examples.model.backend=onnx} behind {@code @CachedInference}: hits never run the session, shutdown closes it. */
final class SelectedOnnxBackendTest {

    @AfterEach
    void clearSetting() {
        System.clearProperty(ModelBackends.BACKEND);
    }

    @Test
    void onnxBackend_answersHitsWithoutARun_andIsClosedAtShutdown() {
        System.setProperty(ModelBackends.BACKEND, "onnx");
        float[] image = new float[TinyOnnxClassifier.INPUT_LENGTH];
        Random random = new Random(21);
        for (int i = 0; i < image.length; i++) {
            image[i] = random.nextFloat();
        }
        OnnxSessionModel session;
        try (WeldContainer c = new Weld("onnx-" + System.nanoTime()).disableDiscovery()
                .addBeanClasses(SelectedBackendModel.class).addExtension(new CachedInferenceExtension())
                .property("org.jboss.weld.se.shutdownHook", false).initialize()) {
            SelectedBackendModel model = c.select(SelectedBackendModel.class).get();
            float[] first = model.infer(image);
            for (int i = 0; i < 5; i++) {
                assertThat(model.infer(image.clone())).containsExactly(first);
            }

            assertThat(model.backend()).isInstanceOf(OnnxSessionModel.class);
            session = (OnnxSessionModel) model.backend();
            assertThat(session.runs()).as("OrtSession.run calls").isEqualTo(1);
        }
        assertThat(session.isOpen()).isFalse();
    }
}
