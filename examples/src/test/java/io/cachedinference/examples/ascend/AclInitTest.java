package io.cachedinference.examples.ascend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** aclInit/aclFinalize are once per process; models share them. */
@ExtendWith(AclStubExtension.class)
final class AclInitTest {

    @TempDir
    Path dir;

    private final AclStubControl stub = AclStub.control();

    private AscendAclModel open(String file) {
        return AscendAclModel.open(AscendModelConfig.of(OmFiles.write(dir.resolve(file), AscendAclModelTest.W))
                .withLibrary(AclStub.library()));
    }

    @Test
    void twoModels_whenAclWasInitialisedElsewhere_tolerate100002_andLeaveFinalizeToItsOwner() {
        assertThat(stub.aclInit(null)).as("another component initialises ACL").isZero();

        try (AscendAclModel first = open("first.om"); AscendAclModel second = open("second.om")) {
            assertThat(stub.stub_init_calls()).as("ours answered 100002 and was tolerated").isEqualTo(2);
            assertThat(first.infer(new float[] {1, 0, 0, 0})).containsExactly(1f, 0f, 0.5f);
            assertThat(second.infer(new float[] {0, 1, 0, 0})).containsExactly(2f, -1f, 0.5f);
        }

        assertThat(stub.stub_initialized()).as("still initialised for its owner").isOne();
        assertThat(stub.aclFinalize()).isZero();
    }

    @Test
    void twoModels_shareOneAclInit_andTheLastCloseFinalizes() {
        AscendAclModel first = open("first.om");
        AscendAclModel second = open("second.om");
        try {
            assertThat(stub.stub_init_calls()).isOne();

            first.close();
            assertThat(stub.stub_initialized()).isOne();
            assertThat(second.infer(new float[] {0, 0, 0, 1})).containsExactly(4f, 1f, 0.5f);

            second.close();
            assertThat(stub.stub_initialized()).isZero();
        } finally {
            first.close();
            second.close();
        }
    }

    @Test
    void aModelOpenedAfterAllWereClosed_initialisesAclAgain() {
        open("first.om").close();
        try (AscendAclModel again = open("again.om")) {
            assertThat(again.infer(new float[] {1, 1, 1, 1})).containsExactly(10f, 0f, 2f);
        }
        assertThat(stub.stub_init_calls()).isEqualTo(2);
    }
}
