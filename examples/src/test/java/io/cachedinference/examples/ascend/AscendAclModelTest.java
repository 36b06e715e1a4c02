package io.cachedinference.examples.ascend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.FutureTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(AclStubExtension.class)
final class AscendAclModelTest {

    static final float[][] W = {
        {1, 2, 3, 4},
        {0, -1, 0, 1},
        {0.5f, 0.5f, 0.5f, 0.5f},
    };

    @TempDir
    Path dir;

    private final AclStubControl stub = AclStub.control();

    private AscendAclModel open(Path om) {
        return AscendAclModel.open(AscendModelConfig.of(om).withLibrary(AclStub.library()));
    }

    @Test
    void infer_computesWTimesX_forAKnownMatrix() {
        try (AscendAclModel model = open(OmFiles.write(dir.resolve("linear.om"), W))) {
            assertThat(model.name()).isEqualTo("linear");
            assertThat(model.inputLength()).isEqualTo(4);
            assertThat(model.outputLength()).isEqualTo(3);

            assertThat(model.infer(new float[] {1, 1, 2, -2})).containsExactly(1f, -3f, 1f);
            assertThat(model.infer(new float[] {4, 3, 2, 1})).containsExactly(20f, -2f, 5f);
        }
    }

    @Test
    void infer_leavesTheInputUntouched_andReturnsAFreshArray() {
        try (AscendAclModel model = open(OmFiles.write(dir.resolve("linear.om"), W))) {
            float[] input = {1, 2, 3, 4};
            float[] first = model.infer(input);
            float[] second = model.infer(input);

            assertThat(input).containsExactly(1, 2, 3, 4);
            assertThat(first).isNotSameAs(second).containsExactly(second);
        }
    }

    @Test
    void infer_inHostRunMode_copiesOnceEachWay_andReusesTheDeviceBuffers() {
        try (AscendAclModel model = open(OmFiles.write(dir.resolve("linear.om"), W))) {
            for (int i = 0; i < 5; i++) {
                model.infer(new float[] {i, 0, 0, 0});
            }

            assertThat(stub.stub_execute_count()).isEqualTo(5);
            assertThat(stub.stub_memcpy_count(AscendCl.ACL_MEMCPY_HOST_TO_DEVICE)).isEqualTo(5);
            assertThat(stub.stub_memcpy_count(AscendCl.ACL_MEMCPY_DEVICE_TO_HOST)).isEqualTo(5);
            assertThat(stub.stub_live_allocations()).isEqualTo(2);
        }
    }

    @Test
    void infer_inDeviceRunMode_readsAndWritesDeviceMemoryDirectly_withoutMemcpy() {
        stub.stub_set_run_mode(AscendCl.ACL_DEVICE);
        try (AscendAclModel model = open(OmFiles.write(dir.resolve("linear.om"), W))) {
            assertThat(model.infer(new float[] {4, 3, 2, 1})).containsExactly(20f, -2f, 5f);

            assertThat(stub.stub_execute_count()).isEqualTo(1);
            for (int kind = 0; kind <= 4; kind++) {
                assertThat(stub.stub_memcpy_count(kind)).as("memcpy kind %d", kind).isZero();
            }
        }
    }

    @Test
    void infer_withWrongInputLength_throwsIllegalArgumentException_beforeCallingAcl() {
        try (AscendAclModel model = open(OmFiles.write(dir.resolve("linear.om"), W))) {
            assertThatThrownBy(() -> model.infer(new float[3]))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Model linear expects 4 input floats, got 3");
            assertThat(stub.stub_execute_count()).isZero();
            assertThat(model.infer(new float[] {1, 0, 0, 0})).containsExactly(1f, 0f, 0.5f);
        }
    }

    @Test
    void open_holdsOneOfEachResource_andClose_releasesAllOfThem() {
        AscendAclModel model = open(OmFiles.write(dir.resolve("linear.om"), W));
        try {
            model.infer(new float[] {1, 2, 3, 4});

            assertThat(AclStubExtension.liveResources(stub)).containsExactly(
                    entry("device allocations", 2), entry("data buffers", 2), entry("datasets", 2),
                    entry("model descriptions", 1), entry("loaded models", 1), entry("contexts", 1),
                    entry("device references", 1), entry("initialised", 1));

            model.close();
        } finally {
            model.close();
        }

        assertThat(AclStubExtension.liveResources(stub)).allSatisfy((name, count) -> assertThat(count).as(name).isZero());
    }

    @Test
    void close_isIdempotent() {
        AscendAclModel model = open(OmFiles.write(dir.resolve("linear.om"), W));
        model.close();
        model.close();

        // a second aclFinalize would have returned 100037 and thrown
        assertThat(stub.stub_initialized()).isZero();
        assertThat(stub.stub_init_calls()).isEqualTo(1);
    }

    @Test
    void infer_afterClose_throwsIllegalStateException() {
        AscendAclModel model = open(OmFiles.write(dir.resolve("linear.om"), W));
        model.close();

        assertThatThrownBy(() -> model.infer(new float[4]))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("The Ascend model is closed [model=linear");
        assertThat(stub.stub_execute_count()).isZero();
    }

    @Test
    void close_fromAnotherThread_setsTheContextThere_andReleasesEverything() throws Exception {
        try (AscendAclModel model = open(OmFiles.write(dir.resolve("linear.om"), W))) {
            FutureTask<Void> close = new FutureTask<>(model::close, null);
            Thread closer = new Thread(close);
            closer.start();
            closer.join();

            close.get(); // rethrows what close() threw there
            assertThat(AclStubExtension.liveResources(stub)).allSatisfy((name, count) -> assertThat(count).as(name).isZero());
        }
    }

    private static Map.Entry<String, Integer> entry(String name, int count) {
        return Map.entry(name, count);
    }
}
