package io.cachedinference.examples.onnx;

import ai.onnxruntime.OnnxTensor;
import io.cachedinference.api.CachedInference;
import io.cachedinference.examples.model.InferenceModel;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * An image classifier run by ONNX Runtime, behind {@code @CachedInference}: the model is opened
 * once, when the bean is first used, and closed when the container shuts down. A hit never reaches
 * the runtime.
 *
 * <p>What it opens comes from the settings of {@link OnnxModelConfig} (system properties): the file
 * named by {@value OnnxModelConfig#MODEL_PATH}, or by default the bundled {@link TinyOnnxClassifier}
 * (1×3×224×224 → 1000 classes). It is served as {@value #NAME} whatever the file, and both methods
 * share one cache: a float array and a tensor never share a key, since the key of a tensor
 * carries its type, element type and shape.
 */
@ApplicationScoped
public class OnnxModel implements InferenceModel {

    /** The model's name in cache namespaces and service paths, and its cache's name. */
    public static final String NAME = "onnx-cnn";

    private OnnxSessionModel session;

    @PostConstruct
    void open() {
        session = OnnxSessionModel.open(OnnxModelConfig.fromSettingsOrBundled(System::getProperty));
    }

    // a lifecycle method may not throw checked exceptions (Payara refuses the deployment)
    @PreDestroy
    void close() {
        session.close();
    }

    /** The open session: its runs, shape and source. */
    public OnnxSessionModel session() {
        return session;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int inputLength() {
        return session.inputLength();
    }

    @Override
    public int outputLength() {
        return session.outputLength();
    }

    @Override
    @CachedInference(cacheName = NAME, model = NAME, modelVersion = "1")
    public float[] infer(float[] input) {
        return session.infer(input);
    }

    /** Runs the model on ONNX Runtime's own tensor, keyed by {@link OnnxTensorKeyer}; the tensor stays open. */
    @CachedInference(cacheName = NAME, model = NAME, modelVersion = "1")
    public float[] infer(OnnxTensor input) {
        return session.infer(input);
    }
}
