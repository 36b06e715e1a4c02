package io.cachedinference.examples.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import io.cachedinference.api.CacheStatistics;
import io.cachedinference.api.InferenceCaches;
import io.cachedinference.interceptor.internal.CachedInferenceExtension;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.jboss.weld.junit5.auto.AddBeanClasses;
import org.jboss.weld.junit5.auto.AddExtensions;
import org.jboss.weld.junit5.auto.EnableAutoWeld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ONNX model bean behind {@code @CachedInference}: a hit never reaches {@code OrtSession.run}. */
@EnableAutoWeld
@AddBeanClasses(OnnxModel.class)
@AddExtensions(CachedInferenceExtension.class)
final class OnnxModelTest {

    @Inject
    OnnxModel model;

    @Inject
    InferenceCaches caches;

    @BeforeEach
    void emptyCache() {
        caches.invalidateAll(OnnxModel.NAME);
    }

    private CacheStatistics statistics() {
        return caches.statistics(OnnxModel.NAME).orElseThrow();
    }

    @Test
    void repeatedInputs_areAnsweredFromTheCache_andNeverReachTheSession() {
        float[] a = OnnxInputs.image(11);
        float[] b = OnnxInputs.image(12);
        long runs = model.session().runs();
        long hits = statistics().hits();

        float[] first = model.infer(a);
        model.infer(b);
        float[] again = model.infer(a.clone());
        model.infer(b.clone());
        model.infer(a.clone());

        assertThat(model.session().runs() - runs).as("OrtSession.run calls").isEqualTo(2);
        assertThat(statistics().hits() - hits).isEqualTo(3);
        assertThat(again).containsExactly(first);
    }

    @Test
    void theRuntimesOwnTensor_isKeyedByContent_soAnEqualTensorMadeAnotherWayHits() throws OrtException {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        float[] image = OnnxInputs.image(13);
        ByteBuffer bytes = ByteBuffer.allocateDirect(image.length * Float.BYTES).order(ByteOrder.nativeOrder());
        bytes.asFloatBuffer().put(image);
        long[] shape = TinyOnnxClassifier.INPUT_SHAPE;
        try (OnnxTensor fromFloats = OnnxTensor.createTensor(env, FloatBuffer.wrap(image), shape);
                OnnxTensor fromBytes = OnnxTensor.createTensor(env, bytes, shape, OnnxJavaType.FLOAT);
                OnnxTensor other = OnnxTensor.createTensor(env, FloatBuffer.wrap(OnnxInputs.image(14)), shape)) {
            long runs = model.session().runs();

            float[] first = model.infer(fromFloats);
            float[] second = model.infer(fromBytes);
            assertThat(model.session().runs() - runs).as("OrtSession.run calls").isEqualTo(1);
            model.infer(other);
            assertThat(model.session().runs() - runs).isEqualTo(2);

            assertThat(second).containsExactly(first);
            assertThat(model.infer(image)).as("a float[] has a key of its own, and the same answer")
                    .containsExactly(first);
            assertThat(model.session().runs() - runs).isEqualTo(3);
        }
    }

    @Test
    void sessionIsOpenedOnce_andClosedWhenTheContainerShutsDown() {
        Weld weld = new Weld("onnx-lifecycle").disableDiscovery().addBeanClass(OnnxModel.class)
                .addExtension(new CachedInferenceExtension()).property("org.jboss.weld.se.shutdownHook", false);
        float[] image = OnnxInputs.image(15);
        OnnxSessionModel session;
        try (WeldContainer container = weld.initialize()) {
            OnnxModel bean = container.select(OnnxModel.class).get();
            session = bean.session();
            bean.infer(image);
            bean.infer(OnnxInputs.image(16));

            assertThat(bean.session()).isSameAs(session);
            assertThat(session.isOpen()).isTrue();
            assertThat(session.runs()).isEqualTo(2);
        }

        assertThat(session.isOpen()).isFalse();
        assertThatThrownBy(() -> session.infer(image)).isInstanceOf(IllegalStateException.class)
                .hasMessage("ONNX model 'onnx-cnn' is closed");
    }
}
