package io.cachedinference.examples.ascend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cachedinference.testsupport.CapturedLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@ExtendWith(AclStubExtension.class)
final class AscendAclModelErrorsTest {

    @TempDir
    Path dir;

    private final AclStubControl stub = AclStub.control();

    private AscendModelConfig config(Path om) {
        return AscendModelConfig.of(om).withLibrary(AclStub.library());
    }

    private Path linearModel() {
        return OmFiles.write(dir.resolve("linear.om"), AscendAclModelTest.W);
    }

    @Test
    void open_missingModelFile_throwsAclException_namingCodeFunctionAndRuntimeMessage() {
        Path missing = dir.resolve("missing.om");

        AclException e = catchThrowableOfType(AclException.class, () -> AscendAclModel.open(config(missing)));

        assertThat(e.code()).isEqualTo(100014);
        assertThat(e.codeName()).isEqualTo("ACL_ERROR_READ_MODEL_FAILURE");
        assertThat(e.function()).isEqualTo("aclmdlLoadFromFile");
        assertThat(e.recentErrorMessage()).isEqualTo("aclmdlLoadFromFile: cannot read model file " + missing);
        assertThat(e).hasMessage("aclmdlLoadFromFile failed: 100014 ACL_ERROR_READ_MODEL_FAILURE: "
                + "aclmdlLoadFromFile: cannot read model file " + missing
                + " [model=missing, path=" + missing + ", device=0]");
    }

    @Test
    void open_fileThatIsNotAModel_throwsAclException_parseModel() throws IOException {
        Path corrupt = Files.writeString(dir.resolve("corrupt.om"), "this is not an om file");

        AclException e = catchThrowableOfType(AclException.class, () -> AscendAclModel.open(config(corrupt)));

        assertThat(e.code()).isEqualTo(100013);
        assertThat(e.codeName()).isEqualTo("ACL_ERROR_PARSE_MODEL");
        assertThat(e.function()).isEqualTo("aclmdlLoadFromFile");
    }

    @Test
    void open_truncatedModel_throwsAclException_parseModel() throws IOException {
        Path model = linearModel();
        byte[] bytes = Files.readAllBytes(model);
        Files.write(model, java.util.Arrays.copyOf(bytes, bytes.length - 4));

        AclException e = catchThrowableOfType(AclException.class, () -> AscendAclModel.open(config(model)));

        assertThat(e.codeName()).isEqualTo("ACL_ERROR_PARSE_MODEL");
        assertThat(e.recentErrorMessage()).contains("truncated");
    }

    @Test
    void open_unknownDevice_throwsAclException_fromSetDevice() {
        AclException e = catchThrowableOfType(AclException.class,
                () -> AscendAclModel.open(config(linearModel()).withDeviceId(7)));

        assertThat(e.code()).isEqualTo(107001);
        assertThat(e.codeName()).isEqualTo("ACL_ERROR_RT_INVALID_DEVICEID");
        assertThat(e.function()).isEqualTo("aclrtSetDevice");
    }

    @Test
    void open_modelWithIntegerIo_throwsIllegalArgumentException() {
        Path model = OmFiles.write(dir.resolve("ints.om"), OmFiles.ACL_INT32, AscendAclModelTest.W);

        IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class,
                () -> AscendAclModel.open(config(model)));

        assertThat(e).hasMessageStartingWith("The model's input must be ACL_FLOAT (0), it is aclDataType 3");
    }

    /** Whichever step of open fails, what was made before it is released (the extension checks). */
    @ParameterizedTest(name = "{0} call #{1}")
    @CsvSource({
        "aclrtSetDevice, 1, 507033",
        "aclrtCreateContext, 1, 507033",
        "aclrtGetRunMode, 1, 500003",
        "aclmdlLoadFromFile, 1, 545001",
        "aclmdlCreateDesc, 1, -1",
        "aclmdlGetDesc, 1, 100011",
        "aclmdlCreateDataset, 1, -1",
        "aclmdlCreateDataset, 2, -1",
        "aclrtMalloc, 1, 207001",
        "aclrtMalloc, 2, 207018",
        "aclCreateDataBuffer, 2, -1",
        "aclmdlAddDatasetBuffer, 2, 100000",
    })
    void open_failingAtAnyStep_throwsThatStepsError_andReleasesEverythingMadeBefore(String function, int nth,
            int code) {
        Path model = linearModel();
        stub.stub_fail_call(function, nth, code);

        AclException e = catchThrowableOfType(AclException.class, () -> AscendAclModel.open(config(model)));

        assertThat(e.function()).isEqualTo(function);
        assertThat(e.code()).isEqualTo(code);
        assertThat(e.getSuppressed()).as("release steps that failed").isEmpty();
    }

    @Test
    void infer_whenExecuteFails_throwsAclException_andTheModelStaysUsable() {
        try (AscendAclModel model = AscendAclModel.open(config(linearModel()))) {
            stub.stub_fail_call("aclmdlExecute", 1, 507011);

            AclException e = catchThrowableOfType(AclException.class, () -> model.infer(new float[] {1, 0, 0, 0}));

            assertThat(e.code()).isEqualTo(507011);
            assertThat(e.codeName()).isEqualTo("ACL_ERROR_RT_MODEL_EXECUTE");
            assertThat(e.function()).isEqualTo("aclmdlExecute");
            assertThat(e.recentErrorMessage()).isEqualTo("stub: injected failure of aclmdlExecute");
            assertThat(model.infer(new float[] {1, 0, 0, 0})).containsExactly(1f, 0f, 0.5f);
        }
    }

    @Test
    void close_whenOneReleaseStepFails_runsTheOthers_andThrowsThatStepsError() {
        AscendAclModel model = AscendAclModel.open(config(linearModel()));
        stub.stub_fail_call("aclmdlUnload", 1, 545009);

        AclException e;
        try (CapturedLog log = CapturedLog.of(AclTeardown.class)) {
            e = catchThrowableOfType(AclException.class, model::close);
            assertThat(log.messages(Level.WARNING)).singleElement().asString()
                    .startsWith("Releasing ACL resources: aclmdlUnload failed: 545009 ACL_ERROR_GE_UNLOAD_MODEL");
        }

        assertThat(e.function()).isEqualTo("aclmdlUnload");
        assertThat(e.codeName()).isEqualTo("ACL_ERROR_GE_UNLOAD_MODEL");
        assertThat(AclStubExtension.liveResources(stub))
                .containsEntry("loaded models", 1)
                .containsEntry("device allocations", 0)
                .containsEntry("datasets", 0)
                .containsEntry("contexts", 0)
                .containsEntry("initialised", 0);
        model.close(); // already closed: does nothing
        stub.stub_reset(); // the model the double refused to unload
    }
}
