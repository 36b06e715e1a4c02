package io.cachedinference.examples.ascend;

import com.sun.jna.Library;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;

/**
 * The part of {@code libascendcl.so} this package calls, as JNA prototypes of the CANN headers
 * (acl.h, acl_rt.h, acl_base.h, acl_mdl.h). Mapping on LP64 Linux: {@code aclError}, enums and
 * {@code int32_t} are {@code int}; {@code uint32_t} model ids are {@code int} (unsigned);
 * {@code size_t} is {@code long}; handles are {@link Pointer}; out-parameters are by-reference.
 * JNA resolves each symbol at its first call.
 */
interface AscendCl extends Library {

    int ACL_SUCCESS = 0;
    int ACL_ERROR_REPEAT_INITIALIZE = 100002;

    /** {@code aclrtRunMode}. */
    int ACL_DEVICE = 0;
    int ACL_HOST = 1;

    /** {@code aclrtMemcpyKind}. */
    int ACL_MEMCPY_HOST_TO_DEVICE = 1;
    int ACL_MEMCPY_DEVICE_TO_HOST = 2;

    /** {@code aclrtMemMallocPolicy}: the samples use NORMAL_ONLY for model I/O buffers. */
    int ACL_MEM_MALLOC_NORMAL_ONLY = 2;

    /** {@code aclDataType}. */
    int ACL_DT_UNDEFINED = -1;
    int ACL_FLOAT = 0;

    int aclInit(String configPath);

    int aclFinalize();

    String aclGetRecentErrMsg();

    int aclrtSetDevice(int deviceId);

    int aclrtResetDevice(int deviceId);

    int aclrtGetRunMode(IntByReference runMode);

    int aclrtCreateContext(PointerByReference context, int deviceId);

    int aclrtDestroyContext(Pointer context);

    int aclrtSetCurrentContext(Pointer context);

    int aclrtMalloc(PointerByReference devPtr, long size, int policy);

    int aclrtFree(Pointer devPtr);

    int aclrtMemcpy(Pointer dst, long destMax, Pointer src, long count, int kind);

    Pointer aclCreateDataBuffer(Pointer data, long size);

    int aclDestroyDataBuffer(Pointer dataBuffer);

    Pointer aclGetDataBufferAddr(Pointer dataBuffer);

    long aclGetDataBufferSizeV2(Pointer dataBuffer);

    int aclmdlLoadFromFile(String modelPath, IntByReference modelId);

    int aclmdlUnload(int modelId);

    Pointer aclmdlCreateDesc();

    int aclmdlDestroyDesc(Pointer modelDesc);

    int aclmdlGetDesc(Pointer modelDesc, int modelId);

    long aclmdlGetNumInputs(Pointer modelDesc);

    long aclmdlGetNumOutputs(Pointer modelDesc);

    long aclmdlGetInputSizeByIndex(Pointer modelDesc, long index);

    long aclmdlGetOutputSizeByIndex(Pointer modelDesc, long index);

    int aclmdlGetInputDataType(Pointer modelDesc, long index);

    int aclmdlGetOutputDataType(Pointer modelDesc, long index);

    Pointer aclmdlCreateDataset();

    int aclmdlDestroyDataset(Pointer dataset);

    int aclmdlAddDatasetBuffer(Pointer dataset, Pointer dataBuffer);

    long aclmdlGetDatasetNumBuffers(Pointer dataset);

    Pointer aclmdlGetDatasetBuffer(Pointer dataset, long index);

    int aclmdlExecute(int modelId, Pointer input, Pointer output);
}
