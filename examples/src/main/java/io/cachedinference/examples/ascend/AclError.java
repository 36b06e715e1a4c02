package io.cachedinference.examples.ascend;

import java.util.Map;

/**
 * Names of ACL error codes: the {@code aclError} constants of acl_base.h, the runtime codes of
 * rt_error_codes.h and the GE codes of ge_error_codes.h, as listed in the CANN headers.
 */
final class AclError {

    /** Not an ACL code: marks a handle-returning function that returned NULL (ACL gives no code). */
    static final int NULL_HANDLE = -1;

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(NULL_HANDLE, "NULL_HANDLE"),
            Map.entry(0, "ACL_SUCCESS"),
            // acl_base.h
            Map.entry(100000, "ACL_ERROR_INVALID_PARAM"),
            Map.entry(100001, "ACL_ERROR_UNINITIALIZE"),
            Map.entry(100002, "ACL_ERROR_REPEAT_INITIALIZE"),
            Map.entry(100003, "ACL_ERROR_INVALID_FILE"),
            Map.entry(100004, "ACL_ERROR_WRITE_FILE"),
            Map.entry(100005, "ACL_ERROR_INVALID_FILE_SIZE"),
            Map.entry(100006, "ACL_ERROR_PARSE_FILE"),
            Map.entry(100011, "ACL_ERROR_INVALID_MODEL_ID"),
            Map.entry(100012, "ACL_ERROR_DESERIALIZE_MODEL"),
            Map.entry(100013, "ACL_ERROR_PARSE_MODEL"),
            Map.entry(100014, "ACL_ERROR_READ_MODEL_FAILURE"),
            Map.entry(100015, "ACL_ERROR_MODEL_SIZE_INVALID"),
            Map.entry(100017, "ACL_ERROR_MODEL_INPUT_NOT_MATCH"),
            Map.entry(100018, "ACL_ERROR_MODEL_OUTPUT_NOT_MATCH"),
            Map.entry(100026, "ACL_ERROR_UNSUPPORTED_DATA_TYPE"),
            Map.entry(100037, "ACL_ERROR_REPEAT_FINALIZE"),
            Map.entry(200000, "ACL_ERROR_BAD_ALLOC"),
            Map.entry(200001, "ACL_ERROR_API_NOT_SUPPORT"),
            Map.entry(200002, "ACL_ERROR_INVALID_DEVICE"),
            Map.entry(200003, "ACL_ERROR_MEMORY_ADDRESS_UNALIGNED"),
            Map.entry(200004, "ACL_ERROR_RESOURCE_NOT_MATCH"),
            Map.entry(200005, "ACL_ERROR_INVALID_RESOURCE_HANDLE"),
            Map.entry(200006, "ACL_ERROR_FEATURE_UNSUPPORTED"),
            Map.entry(300000, "ACL_ERROR_STORAGE_OVER_LIMIT"),
            Map.entry(500000, "ACL_ERROR_INTERNAL_ERROR"),
            Map.entry(500001, "ACL_ERROR_FAILURE"),
            Map.entry(500002, "ACL_ERROR_GE_FAILURE"),
            Map.entry(500003, "ACL_ERROR_RT_FAILURE"),
            Map.entry(500004, "ACL_ERROR_DRV_FAILURE"),
            Map.entry(500005, "ACL_ERROR_PROFILING_FAILURE"),
            // error_codes/rt_error_codes.h
            Map.entry(107000, "ACL_ERROR_RT_PARAM_INVALID"),
            Map.entry(107001, "ACL_ERROR_RT_INVALID_DEVICEID"),
            Map.entry(107002, "ACL_ERROR_RT_CONTEXT_NULL"),
            Map.entry(107003, "ACL_ERROR_RT_STREAM_CONTEXT"),
            Map.entry(107004, "ACL_ERROR_RT_MODEL_CONTEXT"),
            Map.entry(107008, "ACL_ERROR_RT_ADDR_UNALIGNED"),
            Map.entry(107019, "ACL_ERROR_RT_WAIT_TIMEOUT"),
            Map.entry(107020, "ACL_ERROR_RT_TASK_TIMEOUT"),
            Map.entry(207000, "ACL_ERROR_RT_FEATURE_NOT_SUPPORT"),
            Map.entry(207001, "ACL_ERROR_RT_MEMORY_ALLOCATION"),
            Map.entry(207004, "ACL_ERROR_RT_NO_DEVICE"),
            Map.entry(207018, "ACL_ERROR_RT_DEVICE_OOM"),
            Map.entry(507000, "ACL_ERROR_RT_INTERNAL_ERROR"),
            Map.entry(507008, "ACL_ERROR_RT_SOC_VERSION"),
            Map.entry(507011, "ACL_ERROR_RT_MODEL_EXECUTE"),
            Map.entry(507015, "ACL_ERROR_RT_AICORE_EXCEPTION"),
            Map.entry(507033, "ACL_ERROR_RT_DEV_SETUP_ERROR"),
            // error_codes/ge_error_codes.h
            Map.entry(145000, "ACL_ERROR_GE_PARAM_INVALID"),
            Map.entry(145001, "ACL_ERROR_GE_EXEC_NOT_INIT"),
            Map.entry(145002, "ACL_ERROR_GE_EXEC_MODEL_PATH_INVALID"),
            Map.entry(145003, "ACL_ERROR_GE_EXEC_MODEL_ID_INVALID"),
            Map.entry(145006, "ACL_ERROR_GE_EXEC_MODEL_DATA_SIZE_INVALID"),
            Map.entry(245000, "ACL_ERROR_GE_MEMORY_ALLOCATION"),
            Map.entry(545000, "ACL_ERROR_GE_INTERNAL_ERROR"),
            Map.entry(545001, "ACL_ERROR_GE_LOAD_MODEL"),
            Map.entry(545009, "ACL_ERROR_GE_UNLOAD_MODEL"),
            Map.entry(545601, "ACL_ERROR_GE_MODEL_EXECUTE_TIMEOUT"));

    private AclError() {
    }

    /** The constant's name, or {@code UNKNOWN_ACL_ERROR} for a code not in the headers' tables. */
    static String name(int code) {
        return NAMES.getOrDefault(code, "UNKNOWN_ACL_ERROR");
    }
}
