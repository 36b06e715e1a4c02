package io.cachedinference.examples.ascend;

import io.cachedinference.api.CachedInference;
import io.cachedinference.examples.model.CpuModel;
import io.cachedinference.examples.model.InferenceModel;
import io.cachedinference.examples.onnx.OnnxSessionModel;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The model chosen by {@code examples.model.backend} (auto, onnx, npu or cpu), behind
 * {@code @CachedInference}: by default the ONNX Runtime model when {@code examples.model.onnx.path}
 * names an {@code .onnx} file, else the Ascend NPU model when {@code examples.model.npu.path} names
 * an {@code .om} file and {@code libascendcl.so} loads, else the CPU model. Served as
 * {@value #NAME}; a hit never reaches the native library.
 */
@ApplicationScoped
public class SelectedBackendModel implements InferenceModel {

    /** The name the service serves this model under. */
    public static final String NAME = "selected";

    private InferenceModel backend;

    @PostConstruct
    void open() {
        backend = ModelBackends.select(System::getProperty, CpuModel::new);
    }

    // a lifecycle method may not throw checked exceptions (Payara refuses the deployment)
    @PreDestroy
    void close() {
        if (backend instanceof AscendAclModel) {
            ((AscendAclModel) backend).close();
        } else if (backend instanceof OnnxSessionModel) {
            ((OnnxSessionModel) backend).close();
        }
    }

    /** The backend in use: an {@link OnnxSessionModel}, an {@link AscendAclModel} or the CPU model. */
    public InferenceModel backend() {
        return backend;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int inputLength() {
        return backend.inputLength();
    }

    @Override
    public int outputLength() {
        return backend.outputLength();
    }

    @Override
    @CachedInference(cacheName = NAME, model = NAME)
    public float[] infer(float[] input) {
        return backend.infer(input);
    }
}
