package io.cachedinference.examples.ascend;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code aclmdlDataset} (a model's inputs or its outputs) with one {@code aclrtMalloc} device
 * buffer per tensor, each wrapped in an {@code aclDataBuffer}. Needs the model's context to be
 * current on the calling thread, both to allocate and to release.
 */
final class AclModelIo {

    private final AclRuntime runtime;
    private final AscendCl acl;
    private final Pointer dataset;
    private final List<Pointer> devices = new ArrayList<>();
    private final List<Long> sizes = new ArrayList<>();

    private AclModelIo(AclRuntime runtime, Pointer dataset) {
        this.runtime = runtime;
        this.acl = runtime.api();
        this.dataset = dataset;
    }

    /** Creates the dataset and one device buffer of each size; on failure releases what it made. */
    static AclModelIo allocate(AclRuntime runtime, long[] bufferSizes, String context) {
        AscendCl acl = runtime.api();
        AclModelIo io = new AclModelIo(runtime,
                runtime.handle(acl.aclmdlCreateDataset(), "aclmdlCreateDataset", context));
        try {
            for (long size : bufferSizes) {
                io.add(size, context);
            }
            return io;
        } catch (RuntimeException | Error e) {
            AclTeardown teardown = new AclTeardown(runtime, context);
            io.release(teardown);
            teardown.suppressInto(e);
            throw e;
        }
    }

    private void add(long size, String context) {
        PointerByReference slot = new PointerByReference();
        runtime.check(acl.aclrtMalloc(slot, size, AscendCl.ACL_MEM_MALLOC_NORMAL_ONLY), "aclrtMalloc", context);
        Pointer device = slot.getValue();
        Pointer buffer = acl.aclCreateDataBuffer(device, size);
        if (buffer == null) {
            AclException failure = runtime.failure(AclError.NULL_HANDLE, "aclCreateDataBuffer", context);
            releaseUnattached(null, device, context, failure);
            throw failure;
        }
        int rc = acl.aclmdlAddDatasetBuffer(dataset, buffer);
        if (rc != AscendCl.ACL_SUCCESS) {
            AclException failure = runtime.failure(rc, "aclmdlAddDatasetBuffer", context);
            releaseUnattached(buffer, device, context, failure);
            throw failure;
        }
        devices.add(device);
        sizes.add(size);
    }

    private void releaseUnattached(Pointer buffer, Pointer device, String context, AclException failure) {
        AclTeardown teardown = new AclTeardown(runtime, context);
        if (buffer != null) {
            teardown.call("aclDestroyDataBuffer", () -> acl.aclDestroyDataBuffer(buffer));
        }
        teardown.call("aclrtFree", () -> acl.aclrtFree(device));
        teardown.suppressInto(failure);
    }

    Pointer dataset() {
        return dataset;
    }

    /** The device memory of buffer {@code index}. */
    Pointer device(int index) {
        return devices.get(index);
    }

    /** The size in bytes of buffer {@code index}. */
    long size(int index) {
        return sizes.get(index);
    }

    /**
     * Frees every buffer's device memory, destroys the buffers, then the dataset. Destroying a
     * dataset does not destroy its buffers, so this walks them first, as the CANN samples do.
     */
    void release(AclTeardown teardown) {
        long count = acl.aclmdlGetDatasetNumBuffers(dataset);
        for (long i = 0; i < count; i++) {
            Pointer buffer = acl.aclmdlGetDatasetBuffer(dataset, i);
            if (buffer == null) {
                continue;
            }
            Pointer device = acl.aclGetDataBufferAddr(buffer);
            if (device != null) {
                teardown.call("aclrtFree", () -> acl.aclrtFree(device));
            }
            teardown.call("aclDestroyDataBuffer", () -> acl.aclDestroyDataBuffer(buffer));
        }
        teardown.call("aclmdlDestroyDataset", () -> acl.aclmdlDestroyDataset(dataset));
    }
}
