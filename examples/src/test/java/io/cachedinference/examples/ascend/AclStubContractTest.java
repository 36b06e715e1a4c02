package io.cachedinference.examples.ascend;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import java.nio.file.Path;
import java.util.concurrent.FutureTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The test double enforces the runtime rules the binding's tests rely on. */
@ExtendWith(AclStubExtension.class)
final class AclStubContractTest {

    private final AclStubControl stub = AclStub.control();

    @BeforeEach
    void initialiseOnThisThread() {
        assertThat(stub.aclInit(null)).isZero();
        assertThat(stub.aclrtSetDevice(0)).isZero();
    }

    @AfterEach
    void finalise() {
        assertThat(stub.aclrtResetDevice(0)).isZero();
        assertThat(stub.aclFinalize()).isZero();
    }

    @Test
    void aThreadWithoutACurrentContext_gets107002_fromMemoryCalls() throws Exception {
        FutureTask<Integer> malloc = new FutureTask<>(() -> stub.aclrtMalloc(new PointerByReference(), 64,
                AscendCl.ACL_MEM_MALLOC_NORMAL_ONLY));
        FutureTask<String> message = new FutureTask<>(() -> {
            malloc.run();
            return stub.aclGetRecentErrMsg();
        });
        Thread other = new Thread(message);
        other.start();
        other.join();

        assertThat(malloc.get()).isEqualTo(107002);
        assertThat(message.get()).contains("The context is empty");
    }

    @Test
    void aclInit_again_returns100002_andAclFinalize_again_returns100037() {
        assertThat(stub.aclInit(null)).isEqualTo(100002);
        assertThat(stub.aclGetRecentErrMsg()).isEqualTo("aclInit: repeat initialize");
        assertThat(stub.aclGetRecentErrMsg()).as("reading the message clears it").isNull();

        assertThat(stub.aclrtResetDevice(0)).isZero();
        assertThat(stub.aclFinalize()).isZero();
        assertThat(stub.aclFinalize()).isEqualTo(100037);
        assertThat(stub.aclInit(null)).isZero();
        assertThat(stub.aclrtSetDevice(0)).isZero();
    }

    @Test
    void aclrtMemcpy_rejectsCountAboveDestMax_destMaxAboveTheAllocation_andTheWrongKind() {
        Pointer device = malloc(16);
        Memory host = new Memory(64);

        assertThat(stub.aclrtMemcpy(device, 16, host, 20, AscendCl.ACL_MEMCPY_HOST_TO_DEVICE)).isEqualTo(100000);
        assertThat(stub.aclGetRecentErrMsg()).contains("count 20 exceeds destMax 16");
        assertThat(stub.aclrtMemcpy(device, 32, host, 16, AscendCl.ACL_MEMCPY_HOST_TO_DEVICE)).isEqualTo(100000);
        assertThat(stub.aclrtMemcpy(device, 16, host, 16, AscendCl.ACL_MEMCPY_DEVICE_TO_HOST)).isEqualTo(100000);
        assertThat(stub.aclrtMemcpy(device, 16, host, 16, AscendCl.ACL_MEMCPY_HOST_TO_DEVICE)).isZero();

        assertThat(stub.aclrtFree(device)).isZero();
    }

    @Test
    void destroyingADataset_leavesItsDataBuffersAndTheirMemoryAlive() {
        Pointer device = malloc(16);
        Pointer dataset = stub.aclmdlCreateDataset();
        Pointer buffer = stub.aclCreateDataBuffer(device, 16);
        assertThat(stub.aclmdlAddDatasetBuffer(dataset, buffer)).isZero();

        assertThat(stub.aclmdlDestroyDataset(dataset)).isZero();
        assertThat(stub.stub_live_data_buffers()).isOne();
        assertThat(stub.aclDestroyDataBuffer(buffer)).isZero();
        assertThat(stub.stub_live_allocations()).isOne();
        assertThat(stub.aclrtFree(device)).isZero();
    }

    @Test
    void aModelUsedFromAnotherContext_gets107004_andADestroyedCurrentContext_gives107002(@TempDir Path dir) {
        Path om = OmFiles.write(dir.resolve("linear.om"), AscendAclModelTest.W);
        PointerByReference first = new PointerByReference();
        PointerByReference second = new PointerByReference();
        IntByReference modelId = new IntByReference();
        assertThat(stub.aclrtCreateContext(first, 0)).isZero();
        assertThat(stub.aclmdlLoadFromFile(om.toString(), modelId)).isZero();
        assertThat(stub.aclrtCreateContext(second, 0)).isZero();

        assertThat(stub.aclmdlUnload(modelId.getValue())).as("second context is current").isEqualTo(107004);
        assertThat(stub.aclrtSetCurrentContext(first.getValue())).isZero();
        assertThat(stub.aclmdlUnload(modelId.getValue())).isZero();

        assertThat(stub.aclrtDestroyContext(second.getValue())).isZero();
        assertThat(stub.aclrtDestroyContext(first.getValue())).isZero();
        assertThat(stub.aclrtMalloc(new PointerByReference(), 16, AscendCl.ACL_MEM_MALLOC_NORMAL_ONLY))
                .as("the thread's current context was destroyed").isEqualTo(107002);
    }

    private Pointer malloc(long size) {
        PointerByReference slot = new PointerByReference();
        assertThat(stub.aclrtMalloc(slot, size, AscendCl.ACL_MEM_MALLOC_NORMAL_ONLY)).isZero();
        return slot.getValue();
    }
}
