package io.cachedinference.examples.ascend;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.examples.model.InferenceModel;
import io.cachedinference.testsupport.CapturedLog;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Backend selection when a (test-double) libascendcl.so loads. */
@ExtendWith(AclStubExtension.class)
final class ModelBackendsWithStubTest {

    @TempDir
    Path dir;

    private final AclStubControl stub = AclStub.control();
    private final Map<String, String> settings = new HashMap<>();
    private final Supplier<InferenceModel> cpu = () -> {
        throw new AssertionError("the CPU model must not be made");
    };

    private void configureModel() {
        settings.put(AscendModelConfig.MODEL_PATH, OmFiles.write(dir.resolve("linear.om"), AscendAclModelTest.W).toString());
        settings.put(AscendModelConfig.LIBRARY, AclStub.library().toString());
    }

    @Test
    void auto_whenTheLibraryLoads_usesTheNpuModel() throws Exception {
        configureModel();

        InferenceModel model = ModelBackends.select(settings::get, cpu);

        assertThat(model).isInstanceOf(AscendAclModel.class);
        try (AscendAclModel npu = (AscendAclModel) model) {
            assertThat(npu.infer(new float[] {1, 1, 1, 1})).containsExactly(10f, 0f, 2f);
        }
    }

    @Test
    void cpu_neverTouchesAcl_evenWithAModelConfigured() {
        configureModel();
        settings.put(ModelBackends.BACKEND, "cpu");
        InferenceModel cpuModel = new LinearCpuModel(AscendAclModelTest.W);

        assertThat(ModelBackends.select(settings::get, () -> cpuModel)).isSameAs(cpuModel);
        assertThat(stub.stub_init_calls()).isZero();
    }

    @Test
    void auto_whenTheModelFailsToOpen_fallsBackToTheCpuModel_andLeaksNothing() {
        configureModel();
        settings.put(AscendModelConfig.MODEL_PATH, dir.resolve("missing.om").toString());
        InferenceModel cpuModel = new LinearCpuModel(AscendAclModelTest.W);

        try (CapturedLog log = CapturedLog.of(ModelBackends.class)) {
            assertThat(ModelBackends.select(settings::get, () -> cpuModel)).isSameAs(cpuModel);
            assertThat(log.messages(Level.WARNING)).singleElement().asString()
                    .startsWith("Using the CPU model: examples.model.backend=auto and the Ascend NPU model could not be opened")
                    .contains("ACL_ERROR_READ_MODEL_FAILURE").contains("missing.om");
        }
        assertThat(stub.stub_init_calls()).isOne();
    }
}
