package io.cachedinference.examples.ascend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cachedinference.examples.model.InferenceModel;
import io.cachedinference.examples.onnx.OnnxModelConfig;
import io.cachedinference.examples.onnx.OnnxSessionModel;
import io.cachedinference.examples.onnx.TinyOnnxClassifier;
import io.cachedinference.testsupport.CapturedLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backend selection without any AscendCL library present (no native code involved). */
final class ModelBackendsTest {

    @TempDir
    Path dir;

    private final InferenceModel cpuModel = new LinearCpuModel(AscendAclModelTest.W);
    private final AtomicInteger cpuMade = new AtomicInteger();
    private final Supplier<InferenceModel> cpu = () -> {
        cpuMade.incrementAndGet();
        return cpuModel;
    };
    private final Map<String, String> settings = new HashMap<>();

    /** A locator that finds nothing: no environment, one empty standard root. */
    private AclLibraryLocator noLibrary() {
        return new AclLibraryLocator(name -> null, List.of(dir.resolve("empty-root")));
    }

    @Test
    void auto_withoutAModelPath_usesTheCpuModel() {
        assertThat(ModelBackends.select(settings::get, cpu, noLibrary())).isSameAs(cpuModel);
        assertThat(cpuMade).hasValue(1);
    }

    @Test
    void auto_whenTheLibraryIsAbsent_fallsBackToTheCpuModel() {
        settings.put(AscendModelConfig.MODEL_PATH, dir.resolve("m.om").toString());
        settings.put(ModelBackends.BACKEND, "auto");

        assertThat(ModelBackends.select(settings::get, cpu, noLibrary())).isSameAs(cpuModel);
    }

    @Test
    void auto_whenTheLibraryCannotBeLoaded_fallsBackToTheCpuModel() throws IOException {
        settings.put(AscendModelConfig.MODEL_PATH, dir.resolve("m.om").toString());
        settings.put(AscendModelConfig.LIBRARY, Files.writeString(dir.resolve("libascendcl.so"), "not elf").toString());

        try (CapturedLog log = CapturedLog.of(ModelBackends.class)) {
            assertThat(ModelBackends.select(settings::get, cpu, noLibrary())).isSameAs(cpuModel);
            assertThat(log.messages(Level.WARNING)).singleElement().asString()
                    .startsWith("Using the CPU model: examples.model.backend=auto and the Ascend NPU model could not be opened")
                    .contains("Cannot load the AscendCL library").contains("libascendcl.so");
        }
    }

    @Test
    void npu_whenTheLibraryIsAbsent_failsSayingWhatWasSearched() {
        settings.put(ModelBackends.BACKEND, "npu");
        settings.put(AscendModelConfig.MODEL_PATH, dir.resolve("m.om").toString());

        assertThatThrownBy(() -> ModelBackends.select(settings::get, cpu, noLibrary()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("examples.model.backend=npu but the Ascend NPU model could not be opened:"
                        + " libascendcl.so was not found")
                .hasMessageContaining(dir.resolve("empty-root/lib64/libascendcl.so").toString());
        assertThat(cpuMade).hasValue(0);
    }

    @Test
    void npu_whenTheLibraryCannotBeLoaded_failsWithTheLoadErrorAsCause() throws IOException {
        settings.put(ModelBackends.BACKEND, "NPU");
        settings.put(AscendModelConfig.MODEL_PATH, dir.resolve("m.om").toString());
        settings.put(AscendModelConfig.LIBRARY, Files.writeString(dir.resolve("libascendcl.so"), "not elf").toString());

        assertThatThrownBy(() -> ModelBackends.select(settings::get, cpu, noLibrary()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Cannot load the AscendCL library")
                .hasRootCauseInstanceOf(UnsatisfiedLinkError.class);
    }

    @Test
    void npu_withoutAModelPath_fails() {
        settings.put(ModelBackends.BACKEND, "npu");

        assertThatThrownBy(() -> ModelBackends.select(settings::get, cpu, noLibrary()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("examples.model.backend=npu needs examples.model.npu.path (the .om model file)");
    }

    @Test
    void unknownBackend_isRejected_listingTheChoices() {
        settings.put(ModelBackends.BACKEND, "gpu");

        assertThatThrownBy(() -> ModelBackends.select(settings::get, cpu, noLibrary()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown examples.model.backend 'gpu'; use auto, onnx, npu or cpu");
        assertThat(cpuMade).hasValue(0);
    }

    @Test
    void onnx_withoutAModelPath_opensTheBundledClassifier() {
        settings.put(ModelBackends.BACKEND, "onnx");

        try (OnnxSessionModel model = (OnnxSessionModel) ModelBackends.select(settings::get, cpu, noLibrary())) {
            assertThat(model.name()).isEqualTo("onnx-cnn");
            assertThat(model.source()).isEqualTo("classpath:" + TinyOnnxClassifier.RESOURCE);
        }
        assertThat(cpuMade).hasValue(0);
    }

    @Test
    void auto_withAnOnnxModelPath_prefersOnnx_evenWithAnNpuModelConfigured() throws IOException {
        settings.put(OnnxModelConfig.MODEL_PATH, Files.write(dir.resolve("classifier.onnx"), TinyOnnxClassifier.build())
                .toString());
        settings.put(OnnxModelConfig.THREADS, "2");
        settings.put(AscendModelConfig.MODEL_PATH, dir.resolve("m.om").toString());

        InferenceModel chosen = ModelBackends.select(settings::get, cpu, noLibrary());

        assertThat(chosen).isInstanceOf(OnnxSessionModel.class);
        try (OnnxSessionModel model = (OnnxSessionModel) chosen) {
            assertThat(model.name()).isEqualTo("classifier");
            assertThat(model.config().intraOpThreads()).isEqualTo(2);
        }
        assertThat(cpuMade).hasValue(0);
    }

    @Test
    void auto_whenTheOnnxModelCannotBeOpened_fallsBackToTheCpuModel_sayingWhy() throws IOException {
        Path garbage = Files.writeString(dir.resolve("garbage.onnx"), "not a model");
        settings.put(OnnxModelConfig.MODEL_PATH, garbage.toString());
        List<LogRecord> log;
        try (CapturedLog capture = CapturedLog.of(ModelBackends.class)) {
            assertThat(ModelBackends.select(settings::get, cpu, noLibrary())).isSameAs(cpuModel);
            log = capture.records();
        }

        assertThat(log).filteredOn(r -> r.getLevel() == Level.WARNING).singleElement()
                .satisfies(r -> assertThat(r.getMessage()).startsWith("Not using the ONNX model: examples.model.backend=auto"
                        + " but the ONNX model could not be opened: ONNX Runtime cannot open the model " + garbage));
    }

    @Test
    void onnx_whenTheModelFileIsMissing_failsNamingTheSetting() {
        settings.put(ModelBackends.BACKEND, "onnx");
        settings.put(OnnxModelConfig.MODEL_PATH, dir.resolve("missing.onnx").toString());

        assertThatThrownBy(() -> ModelBackends.select(settings::get, cpu, noLibrary()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("examples.model.backend=onnx but the ONNX model could not be opened:"
                        + " examples.model.onnx.path names no readable file: " + dir.resolve("missing.onnx")
                        + " (an .onnx model file)");
        assertThat(cpuMade).hasValue(0);
    }
}
