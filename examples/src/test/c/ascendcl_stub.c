/*
 * ascendcl_stub.c: a stand-in libascendcl.so for the AscendAclModel tests.
 *
 * It exports the real CANN AscendCL prototypes (names, argument and return types) of every
 * function the Java binding uses, and enforces the runtime rules the binding must follow:
 *   - every call except aclInit/aclFinalize/aclGetRecentErrMsg and the pure host-side
 *     descriptor calls needs aclInit first (100001 ACL_ERROR_UNINITIALIZE);
 *   - a repeated aclInit returns 100002, a repeated aclFinalize 100037;
 *   - the current context is per OS thread (thread-local); memory, copy and model calls on a
 *     thread without a live current context return 107002 ACL_ERROR_RT_CONTEXT_NULL;
 *   - load, execute and unload of one model must run in the context it was loaded in (107004);
 *   - aclrtMemcpy checks count <= destMax, that destMax and count fit the device allocation, and
 *     that the copy kind matches the address kinds (in ACL_HOST run mode);
 *   - destroying a dataset does not destroy its data buffers; destroying a data buffer does not
 *     free its memory;
 *   - two concurrent aclmdlExecute calls on one model id fail (507011).
 *
 * The model: an ".om" file written by the tests is a 16-byte little-endian header
 *   char magic[4] = "STOM"; int32 dataType; uint32 rows; uint32 cols;
 * followed by exactly rows*cols float32 (row-major W). Input 0 holds cols floats x, output 0
 * holds rows floats y, and aclmdlExecute computes y = W x.
 *
 * Extra stub_* functions expose live-resource counters and test controls. All state is guarded
 * by one mutex; the current context and the recent error message are thread-local.
 */
#include <pthread.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define EXPORT __attribute__((visibility("default")))

/* ---- CANN types, as in acl_base.h / acl_rt.h / acl_mdl.h ---------------------------------- */
typedef int aclError;
typedef void *aclrtContext;
typedef struct aclDataBuffer aclDataBuffer;
typedef struct aclmdlDataset aclmdlDataset;
typedef struct aclmdlDesc aclmdlDesc;
typedef enum aclrtRunMode { ACL_DEVICE, ACL_HOST } aclrtRunMode;
typedef enum aclrtMemcpyKind {
    ACL_MEMCPY_HOST_TO_HOST,
    ACL_MEMCPY_HOST_TO_DEVICE,
    ACL_MEMCPY_DEVICE_TO_HOST,
    ACL_MEMCPY_DEVICE_TO_DEVICE,
    ACL_MEMCPY_DEFAULT
} aclrtMemcpyKind;
typedef enum aclrtMemMallocPolicy {
    ACL_MEM_MALLOC_HUGE_FIRST,
    ACL_MEM_MALLOC_HUGE_ONLY,
    ACL_MEM_MALLOC_NORMAL_ONLY,
    ACL_MEM_MALLOC_HUGE_FIRST_P2P,
    ACL_MEM_MALLOC_HUGE_ONLY_P2P,
    ACL_MEM_MALLOC_NORMAL_ONLY_P2P
} aclrtMemMallocPolicy;
typedef enum { ACL_DT_UNDEFINED = -1, ACL_FLOAT = 0, ACL_INT32 = 3 } aclDataType;

_Static_assert(sizeof(aclrtRunMode) == 4, "enums are int-sized");
_Static_assert(sizeof(size_t) == 8, "LP64: size_t maps to Java long");

/* The prototypes as in the CANN headers (acl.h, acl_rt.h, acl_base.h, acl_mdl.h; "f()" written as
 * "f(void)" for C); the compiler checks every definition below against them. */
aclError aclInit(const char *configPath);
aclError aclFinalize(void);
const char *aclGetRecentErrMsg(void);
aclError aclrtSetDevice(int32_t deviceId);
aclError aclrtResetDevice(int32_t deviceId);
aclError aclrtGetRunMode(aclrtRunMode *runMode);
aclError aclrtCreateContext(aclrtContext *context, int32_t deviceId);
aclError aclrtDestroyContext(aclrtContext context);
aclError aclrtSetCurrentContext(aclrtContext context);
aclError aclrtMalloc(void **devPtr, size_t size, aclrtMemMallocPolicy policy);
aclError aclrtFree(void *devPtr);
aclError aclrtMemcpy(void *dst, size_t destMax, const void *src, size_t count, aclrtMemcpyKind kind);
aclDataBuffer *aclCreateDataBuffer(void *data, size_t size);
aclError aclDestroyDataBuffer(const aclDataBuffer *dataBuffer);
void *aclGetDataBufferAddr(const aclDataBuffer *dataBuffer);
size_t aclGetDataBufferSizeV2(const aclDataBuffer *dataBuffer);
aclError aclmdlLoadFromFile(const char *modelPath, uint32_t *modelId);
aclError aclmdlUnload(uint32_t modelId);
aclmdlDesc *aclmdlCreateDesc(void);
aclError aclmdlDestroyDesc(aclmdlDesc *modelDesc);
aclError aclmdlGetDesc(aclmdlDesc *modelDesc, uint32_t modelId);
size_t aclmdlGetNumInputs(aclmdlDesc *modelDesc);
size_t aclmdlGetNumOutputs(aclmdlDesc *modelDesc);
size_t aclmdlGetInputSizeByIndex(aclmdlDesc *modelDesc, size_t index);
size_t aclmdlGetOutputSizeByIndex(aclmdlDesc *modelDesc, size_t index);
aclDataType aclmdlGetInputDataType(const aclmdlDesc *modelDesc, size_t index);
aclDataType aclmdlGetOutputDataType(const aclmdlDesc *modelDesc, size_t index);
aclmdlDataset *aclmdlCreateDataset(void);
aclError aclmdlDestroyDataset(const aclmdlDataset *dataset);
aclError aclmdlAddDatasetBuffer(aclmdlDataset *dataset, aclDataBuffer *dataBuffer);
size_t aclmdlGetDatasetNumBuffers(const aclmdlDataset *dataset);
aclDataBuffer *aclmdlGetDatasetBuffer(const aclmdlDataset *dataset, size_t index);
aclError aclmdlExecute(uint32_t modelId, const aclmdlDataset *input, aclmdlDataset *output);

/* ---- error codes used here (acl_base.h, rt_error_codes.h, ge_error_codes.h) --------------- */
enum {
    ACL_SUCCESS = 0,
    ACL_ERROR_INVALID_PARAM = 100000,
    ACL_ERROR_UNINITIALIZE = 100001,
    ACL_ERROR_REPEAT_INITIALIZE = 100002,
    ACL_ERROR_INVALID_FILE = 100003,
    ACL_ERROR_INVALID_MODEL_ID = 100011,
    ACL_ERROR_PARSE_MODEL = 100013,
    ACL_ERROR_READ_MODEL_FAILURE = 100014,
    ACL_ERROR_MODEL_INPUT_NOT_MATCH = 100017,
    ACL_ERROR_MODEL_OUTPUT_NOT_MATCH = 100018,
    ACL_ERROR_REPEAT_FINALIZE = 100037,
    ACL_ERROR_BAD_ALLOC = 200000,
    ACL_ERROR_RT_PARAM_INVALID = 107000,
    ACL_ERROR_RT_INVALID_DEVICEID = 107001,
    ACL_ERROR_RT_CONTEXT_NULL = 107002,
    ACL_ERROR_RT_MODEL_CONTEXT = 107004,
    ACL_ERROR_GE_EXEC_MODEL_DATA_SIZE_INVALID = 145006,
    ACL_ERROR_RT_MODEL_EXECUTE = 507011
};

#define STUB_DEVICE_COUNT 2
#define STUB_MAX_DIM 4096

/* ---- state -------------------------------------------------------------------------------- */
typedef struct ctx {
    uintptr_t id; /* the aclrtContext handle; never reused within a process */
    int32_t device;
    int is_default;
    struct ctx *next;
} ctx_t;

typedef struct alloc {
    unsigned char *ptr;
    size_t size; /* the size asked for; the block itself is rounded up like the real runtime */
    struct alloc *next;
} alloc_t;

struct aclDataBuffer {
    void *data;
    size_t size;
    struct aclDataBuffer *next;
};

struct aclmdlDataset {
    aclDataBuffer **buffers;
    size_t count;
    size_t capacity;
    struct aclmdlDataset *next;
};

struct aclmdlDesc {
    int filled;
    int32_t data_type;
    uint32_t rows;
    uint32_t cols;
    struct aclmdlDesc *next;
};

typedef struct model {
    uint32_t id;
    uintptr_t ctx;
    int32_t data_type;
    uint32_t rows;
    uint32_t cols;
    float *w;
    int inflight;
    struct model *next;
} model_t;

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t gate_changed = PTHREAD_COND_INITIALIZER;

static int initialized;
static int init_calls;
static aclrtRunMode run_mode = ACL_HOST;
static int device_refs[STUB_DEVICE_COUNT];
static uintptr_t next_ctx_id = 0x10000;
static uint32_t next_model_id = 1;
static ctx_t *contexts;
static alloc_t *allocs;
static aclDataBuffer *data_buffers;
static aclmdlDataset *datasets;
static aclmdlDesc *descs;
static model_t *models;
static int live_allocs, live_buffers, live_datasets, live_descs, live_models, live_contexts;
static int64_t execute_calls;
static int memcpy_calls[5];
static int inflight_executes, max_inflight_executes;
static int gate_closed;
static char fail_function[64];
static int fail_countdown;
static aclError fail_code;

static __thread uintptr_t current_ctx;
static __thread int has_error;
static __thread char error_message[512];
static __thread char returned_message[512];

/* ---- helpers (call with mu held) ---------------------------------------------------------- */
static aclError fail(aclError code, const char *fmt, ...) {
    va_list args;
    va_start(args, fmt);
    vsnprintf(error_message, sizeof error_message, fmt, args);
    va_end(args);
    has_error = 1;
    return code;
}

static int injected(const char *function, aclError *code) {
    if (fail_function[0] == '\0' || strcmp(fail_function, function) != 0 || --fail_countdown > 0) {
        return 0;
    }
    *code = fail(fail_code, "stub: injected failure of %s", function);
    fail_function[0] = '\0';
    return 1;
}

static ctx_t *find_ctx(uintptr_t id) {
    for (ctx_t *c = contexts; c != NULL; c = c->next) {
        if (c->id == id) {
            return c;
        }
    }
    return NULL;
}

static ctx_t *add_ctx(int32_t device, int is_default) {
    ctx_t *c = calloc(1, sizeof *c);
    if (c == NULL) {
        return NULL;
    }
    c->id = next_ctx_id;
    next_ctx_id += 0x40;
    c->device = device;
    c->is_default = is_default;
    c->next = contexts;
    contexts = c;
    return c;
}

static void remove_ctx(ctx_t *victim) {
    for (ctx_t **p = &contexts; *p != NULL; p = &(*p)->next) {
        if (*p == victim) {
            *p = victim->next;
            free(victim);
            return;
        }
    }
}

static ctx_t *default_ctx(int32_t device) {
    for (ctx_t *c = contexts; c != NULL; c = c->next) {
        if (c->is_default && c->device == device) {
            return c;
        }
    }
    return NULL;
}

static aclError need_init(const char *function) {
    if (!initialized) {
        return fail(ACL_ERROR_UNINITIALIZE, "%s: acl is not initialized, call aclInit first", function);
    }
    return ACL_SUCCESS;
}

/* The runtime's rule: memory, copy and model calls need a current context on this OS thread. */
static aclError need_context(const char *function) {
    aclError rc = need_init(function);
    if (rc != ACL_SUCCESS) {
        return rc;
    }
    if (current_ctx == 0 || find_ctx(current_ctx) == NULL) {
        return fail(ACL_ERROR_RT_CONTEXT_NULL,
                    "%s: The context is empty. Check whether acl.rt.set_context or acl.rt.set_device is called.",
                    function);
    }
    return ACL_SUCCESS;
}

/* The allocation that contains p, or NULL when p is not device memory. */
static alloc_t *find_alloc(const void *p) {
    const unsigned char *b = p;
    for (alloc_t *a = allocs; a != NULL; a = a->next) {
        if (b >= a->ptr && b < a->ptr + a->size) {
            return a;
        }
    }
    return NULL;
}

static size_t room(const alloc_t *a, const void *p) {
    return (size_t) (a->ptr + a->size - (const unsigned char *) p);
}

static aclDataBuffer *find_buffer(const aclDataBuffer *b) {
    for (aclDataBuffer *x = data_buffers; x != NULL; x = x->next) {
        if (x == b) {
            return x;
        }
    }
    return NULL;
}

static aclmdlDataset *find_dataset(const aclmdlDataset *d) {
    for (aclmdlDataset *x = datasets; x != NULL; x = x->next) {
        if (x == d) {
            return x;
        }
    }
    return NULL;
}

static aclmdlDesc *find_desc(const aclmdlDesc *d) {
    for (aclmdlDesc *x = descs; x != NULL; x = x->next) {
        if (x == d) {
            return x;
        }
    }
    return NULL;
}

static model_t *find_model(uint32_t id) {
    for (model_t *m = models; m != NULL; m = m->next) {
        if (m->id == id) {
            return m;
        }
    }
    return NULL;
}

static aclError check_io(const char *function, const aclmdlDataset *set, size_t expected_size,
                         aclError count_code, const char *what) {
    if (set->count != 1) {
        return fail(count_code, "%s: the %s dataset holds %zu buffers, the model has 1", function, what,
                    set->count);
    }
    const aclDataBuffer *b = set->buffers[0];
    if (find_buffer(b) == NULL) {
        return fail(ACL_ERROR_INVALID_PARAM, "%s: %s buffer 0 was destroyed", function, what);
    }
    if (b->size != expected_size) {
        return fail(ACL_ERROR_GE_EXEC_MODEL_DATA_SIZE_INVALID, "%s: %s buffer 0 has %zu bytes, the model needs %zu",
                    function, what, b->size, expected_size);
    }
    const alloc_t *a = find_alloc(b->data);
    if (a == NULL || room(a, b->data) < b->size) {
        return fail(ACL_ERROR_INVALID_PARAM, "%s: %s buffer 0 is not device memory from aclrtMalloc", function,
                    what);
    }
    return ACL_SUCCESS;
}

/* ---- init and error messages -------------------------------------------------------------- */
EXPORT aclError aclInit(const char *configPath) {
    pthread_mutex_lock(&mu);
    aclError rc = ACL_SUCCESS;
    init_calls++;
    if (initialized) {
        rc = fail(ACL_ERROR_REPEAT_INITIALIZE, "aclInit: repeat initialize");
    } else if (configPath != NULL && configPath[0] != '\0') {
        FILE *f = fopen(configPath, "rb");
        if (f == NULL) {
            rc = fail(ACL_ERROR_INVALID_FILE, "aclInit: cannot open config %s", configPath);
        } else {
            fclose(f);
            initialized = 1;
        }
    } else {
        initialized = 1;
    }
    pthread_mutex_unlock(&mu);
    return rc;
}

EXPORT aclError aclFinalize(void) {
    pthread_mutex_lock(&mu);
    aclError rc = ACL_SUCCESS;
    if (injected("aclFinalize", &rc)) {
        pthread_mutex_unlock(&mu);
        return rc;
    }
    if (!initialized) {
        rc = fail(ACL_ERROR_REPEAT_FINALIZE, "aclFinalize: repeat finalize");
    } else {
        initialized = 0;
    }
    pthread_mutex_unlock(&mu);
    return rc;
}

EXPORT const char *aclGetRecentErrMsg(void) {
    if (!has_error) {
        return NULL;
    }
    memcpy(returned_message, error_message, sizeof returned_message);
    has_error = 0;
    return returned_message;
}

/* ---- device and context ------------------------------------------------------------------- */
EXPORT aclError aclrtSetDevice(int32_t deviceId) {
    pthread_mutex_lock(&mu);
    aclError rc = need_init("aclrtSetDevice");
    if (rc == ACL_SUCCESS && injected("aclrtSetDevice", &rc)) {
        /* rc set */
    } else if (rc == ACL_SUCCESS && (deviceId < 0 || deviceId >= STUB_DEVICE_COUNT)) {
        rc = fail(ACL_ERROR_RT_INVALID_DEVICEID, "aclrtSetDevice: invalid device id %d", deviceId);
    } else if (rc == ACL_SUCCESS) {
        ctx_t *c = default_ctx(deviceId);
        if (c == NULL) {
            c = add_ctx(deviceId, 1);
        }
        if (c == NULL) {
            rc = fail(ACL_ERROR_BAD_ALLOC, "aclrtSetDevice: out of memory");
        } else {
            device_refs[deviceId]++;
            current_ctx = c->id;
        }
    }
    pthread_mutex_unlock(&mu);
    return rc;
}

EXPORT aclError aclrtResetDevice(int32_t deviceId) {
    pthread_mutex_lock(&mu);
    aclError rc = need_init("aclrtResetDevice");
    if (rc == ACL_SUCCESS && injected("aclrtResetDevice", &rc)) {
        pthread_mutex_unlock(&mu);
        return rc;
    }
    if (rc == ACL_SUCCESS && (deviceId < 0 || deviceId >= STUB_DEVICE_COUNT || device_refs[deviceId] == 0)) {
        rc = fail(ACL_ERROR_RT_INVALID_DEVICEID, "aclrtResetDevice: device %d is not set", deviceId);
    } else if (rc == ACL_SUCCESS && --device_refs[deviceId] == 0) {
        ctx_t *c = default_ctx(deviceId);
        if (c != NULL) {
            remove_ctx(c);
        }
    }
    pthread_mutex_unlock(&mu);
    return rc;
}

EXPORT aclError aclrtGetRunMode(aclrtRunMode *runMode) {
    pthread_mutex_lock(&mu);
    aclError rc = need_context("aclrtGetRunMode");
    if (rc == ACL_SUCCESS && injected("aclrtGetRunMode", &rc)) {
        /* rc set */
    } else if (rc == ACL_SUCCESS && runMode == NULL) {
        rc = fail(ACL_ERROR_INVALID_PARAM, "aclrtGetRunMode: runMode is NULL");
    } else if (rc == ACL_SUCCESS) {
        *runMode = run_mode;
    }
    pthread_mutex_unlock(&mu);
    return rc;
}

EXPORT aclError aclrtCreateContext(aclrtContext *context, int32_t deviceId) {
    pthread_mutex_lock(&mu);
    aclError rc = need_init("aclrtCreateContext");
    if (rc == ACL_SUCCESS && injected("aclrtCreateContext", &rc)) {
        /* rc set */
    } else if (rc == ACL_SUCCESS && context == NULL) {
        rc = fail(ACL_ERROR_INVALID_PARAM, "aclrtCreateContext: context is NULL");
    } else if (rc == ACL_SUCCESS && (deviceId < 0 || deviceId >= STUB_DEVICE_COUNT)) {
        rc = fail(ACL_ERROR_RT_INVALID_DEVICEID, "aclrtCreateContext: invalid device id %d", deviceId);
    } else if (rc == ACL_SUCCESS) {
        ctx_t *c = add_ctx(deviceId, 0);
        if (c == NULL) {
            rc = fail(ACL_ERROR_BAD_ALLOC, "aclrtCreateContext: out of memory");
        } else {
            live_contexts++;
            current_ctx = c->id;
            *context = (aclrtContext) c->id;
        }
    }
    pthread_mutex_unlock(&mu);
    return rc;
}

EXPORT aclError aclrtDestroyContext(aclrtContext context) {
    pthread_mutex_lock(&mu);
    aclError rc = need_init("aclrtDestroyContext");
    if (rc == ACL_SUCCESS && injected("aclrtDestroyContext", &rc)) {
        pthread_mutex_unlock(&mu);
        return rc;
    }
    ctx_t *c = rc == ACL_SUCCESS ? find_ctx((uintptr_t) context) : NULL;
    if (rc == ACL_SUCCESS && (c == NULL || c->is_default)) {
        rc = fail(ACL_ERROR_RT_PARAM_INVALID, "aclrtDestroyContext: %p is not a context made by aclrtCreateContext",
                  context);
    } else if (rc == ACL_SUCCESS) {
        remove_ctx(c);
        live_contexts--;
    }
    pthread_mutex_unlock(&mu);
    return rc;
}

EXPORT aclError aclrtSetCurrentContext(aclrtContext context) {
    pthread_mutex_lock(&mu);
    aclError rc = need_init("aclrtSetCurrentContext");
    if (rc == ACL_SUCCESS && injected("aclrtSetCurrentContext", &rc)) {
        pthread_mutex_unlock(&mu);
        return rc;
    }
    if (rc == ACL_SUCCESS && find_ctx((uintptr_t) context) == NULL) {
        rc = fail(ACL_ERROR_RT_PARAM_INVALID, "aclrtSetCurrentContext: %p is not a live context", context);
    } else if (rc == ACL_SUCCESS) {
        current_ctx = (uintptr_t) context;
    }
    pthread_mutex_unlock(&mu);
    return rc;
}

/* ---- memory ------------------------------------------------------------------------------- */
EXPORT aclError aclrtMalloc(void **devPtr, size_t size, aclrtMemMallocPolicy policy) {
    pthread_mutex_lock(&mu);
    aclError rc = need_context("aclrtMalloc");
    if (rc == ACL_SUCCESS && injected("aclrtMalloc", &rc)) {
        /* rc set */
    } else if (rc == ACL_SUCCESS && (devPtr == NULL || size == 0)) {
        rc = fail(ACL_ERROR_INVALID_PARAM, "aclrtMalloc: devPtr is NULL or size is 0");
    } else if (rc == ACL_SUCCESS && (policy < ACL_MEM_MALLOC_HUGE_FIRST || policy > ACL_MEM_MALLOC_NORMAL_ONLY_P2P)) {
        rc = fail(ACL_ERROR_INVALID_PARAM, "aclrtMalloc: unknown policy %d", (int) policy);
    } else if (rc == ACL_SUCCESS) {
        size_t block = (size + 31) / 32 * 32 + 32; /* rounded up to 32, plus 32: as documented */
        alloc_t *a = calloc(1, sizeof *a);
        void *p = aligned_alloc(64, (block + 63) / 64 * 64);
        if (a == NULL || p == NULL) {
            free(a);
            free(p);
            rc = fail(ACL_ERROR_BAD_ALLOC, "aclrtMalloc: out of memory");
        } else {
            a->ptr = p;
            a->size = size;
            a->next = allocs;
            allocs = a;
            live_allocs++;
            *devPtr = p;
        }
    }
    pthread_mutex_unlock(&mu);
    return rc;
}

EXPORT aclError aclrtFree(void *devPtr) {
    pthread_mutex_lock(&mu);
    aclError rc = need_context("aclrtFree");
    if (rc == ACL_SUCCESS && injected("aclrtFree", &rc)) {
        pthread_mutex_unlock(&mu);
        return rc;
    }
    if (rc == ACL_SUCCESS) {
        alloc_t **p = &allocs;
        while (*p != NULL && (*p)->ptr != devPtr) {
            p = &(*p)->next;
        }
        if (*p == NULL) {
            rc = fail(ACL_ERROR_RT_PARAM_INVALID, "aclrtFree: %p is not a live aclrtMalloc pointer", devPtr);
        } else {
            alloc_t *a = *p;
            *p = a->next;
            free(a->ptr);
            free(a);
            live_allocs--;
        }
    }
    pthread_mutex_unlock(&mu);
    return rc;
}

EXPORT aclError aclrtMemcpy(void *dst, size_t destMax, const void *src, size_t count, aclrtMemcpyKind kind) {
    pthread_mutex_lock(&mu);
    aclError rc = need_context("aclrtMemcpy");
    if (rc == ACL_SUCCESS && injected("aclrtMemcpy", &rc)) {
        pthread_mutex_unlock(&mu);
        return rc;
    }
    alloc_t *dst_dev = NULL;
    alloc_t *src_dev = NULL;
    if (rc == ACL_SUCCESS) {
        dst_dev = find_alloc(dst);
        src_dev = find_alloc(src);
    }
    if (rc != ACL_SUCCESS) {
        /* rc set */
    } else if (dst == NULL || src == NULL) {
        rc = fail(ACL_ERROR_INVALID_PARAM, "aclrtMemcpy: dst or src is NULL");
    } else if (kind < ACL_MEMCPY_HOST_TO_HOST || kind > ACL_MEMCPY_DEFAULT) {
        rc = fail(ACL_ERROR_INVALID_PARAM, "aclrtMemcpy: unknown kind %d", (int) kind);
    } else if (count > destMax) {
        rc = fail(ACL_ERROR_INVALID_PARAM, "aclrtMemcpy: count %zu exceeds destMax %zu", count, destMax);
    } else if (dst_dev != NULL && destMax > room(dst_dev, dst)) {
        rc = fail(ACL_ERROR_INVALID_PARAM, "aclrtMemcpy: destMax %zu exceeds the %zu bytes of device memory at dst",
                  destMax, room(dst_dev, dst));
    } else if (src_dev != NULL && count > room(src_dev, src)) {
        rc = fail(ACL_ERROR_INVALID_PARAM, "aclrtMemcpy: count %zu exceeds the %zu bytes of device memory at src",
                  count, room(src_dev, src));
    } else if (run_mode == ACL_HOST && kind != ACL_MEMCPY_DEFAULT
               && ((kind == ACL_MEMCPY_HOST_TO_DEVICE || kind == ACL_MEMCPY_DEVICE_TO_DEVICE) != (dst_dev != NULL)
                   || (kind == ACL_MEMCPY_DEVICE_TO_HOST || kind == ACL_MEMCPY_DEVICE_TO_DEVICE) != (src_dev != NULL))) {
        rc = fail(ACL_ERROR_INVALID_PARAM, "aclrtMemcpy: kind %d does not match dst (%s) and src (%s)", (int) kind,
                  dst_dev != NULL ? "device" : "host", src_dev != NULL ? "device" : "host");
    } else {
        memmove(dst, src, count);
        memcpy_calls[kind]++;
    }
    pthread_mutex_unlock(&mu);
    return rc;
}

/* ---- data buffers ------------------------------------------------------------------------- */
EXPORT aclDataBuffer *aclCreateDataBuffer(void *data, size_t size) {
    pthread_mutex_lock(&mu);
    aclError ignored;
    aclDataBuffer *b = NULL;
    if (injected("aclCreateDataBuffer", &ignored)) {
        /* NULL */
    } else if (data == NULL && size != 0) {
        fail(ACL_ERROR_INVALID_PARAM, "aclCreateDataBuffer: data is NULL but size is %zu", size);
    } else if ((b = calloc(1, sizeof *b)) != NULL) {
        b->data = data;
        b->size = size;
        b->next = data_buffers;
        data_buffers = b;
        live_buffers++;
    }
    pthread_mutex_unlock(&mu);
    return b;
}

EXPORT aclError aclDestroyDataBuffer(const aclDataBuffer *dataBuffer) {
    pthread_mutex_lock(&mu);
    aclError rc = ACL_SUCCESS;
    if (injected("aclDestroyDataBuffer", &rc)) {
        pthread_mutex_unlock(&mu);
        return rc;
    }
    aclDataBuffer **p = &data_buffers;
    while (*p != NULL && *p != dataBuffer) {
        p = &(*p)->next;
    }
    if (*p == NULL) {
        rc = fail(ACL_ERROR_INVALID_PARAM, "aclDestroyDataBuffer: %p is not a live data buffer",
                  (const void *) dataBuffer);
    } else {
        aclDataBuffer *b = *p;
        *p = b->next;
        free(b); /* the data it points to stays allocated */
        live_buffers--;
    }
    pthread_mutex_unlock(&mu);
    return rc;
}

EXPORT void *aclGetDataBufferAddr(const aclDataBuffer *dataBuffer) {
    pthread_mutex_lock(&mu);
    aclDataBuffer *b = find_buffer(dataBuffer);
    void *data = b != NULL ? b->data : NULL;
    pthread_mutex_unlock(&mu);
    return data;
}

EXPORT size_t aclGetDataBufferSizeV2(const aclDataBuffer *dataBuffer) {
    pthread_mutex_lock(&mu);
    aclDataBuffer *b = find_buffer(dataBuffer);
    size_t size = b != NULL ? b->size : 0;
    pthread_mutex_unlock(&mu);
    return size;
}

/* ---- model loading and description -------------------------------------------------------- */
static aclError read_model(const char *path, model_t *m) {
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        return fail(ACL_ERROR_READ_MODEL_FAILURE, "aclmdlLoadFromFile: cannot read model file %s", path);
    }
    unsigned char header[16];
    aclError rc = ACL_SUCCESS;
    if (fread(header, 1, sizeof header, f) != sizeof header || memcmp(header, "STOM", 4) != 0) {
        rc = fail(ACL_ERROR_PARSE_MODEL, "aclmdlLoadFromFile: %s is not an om model (bad header)", path);
    } else {
        memcpy(&m->data_type, header + 4, 4);
        memcpy(&m->rows, header + 8, 4);
        memcpy(&m->cols, header + 12, 4);
        if (m->rows == 0 || m->cols == 0 || m->rows > STUB_MAX_DIM || m->cols > STUB_MAX_DIM) {
            rc = fail(ACL_ERROR_PARSE_MODEL, "aclmdlLoadFromFile: %s has bad dims %u x %u", path, m->rows, m->cols);
        } else {
            size_t n = (size_t) m->rows * m->cols;
            m->w = malloc(n * sizeof(float));
            if (m->w == NULL) {
                rc = fail(ACL_ERROR_BAD_ALLOC, "aclmdlLoadFromFile: out of memory");
            } else if (fread(m->w, sizeof(float), n, f) != n || fgetc(f) != EOF) {
                rc = fail(ACL_ERROR_PARSE_MODEL, "aclmdlLoadFromFile: %s is truncated or has trailing bytes", path);
            }
        }
    }
    fclose(f);
    if (rc != ACL_SUCCESS) {
        free(m->w);
        m->w = NULL;
    }
    return rc;
}

EXPORT aclError aclmdlLoadFromFile(const char *modelPath, uint32_t *modelId) {
    pthread_mutex_lock(&mu);
    aclError rc = need_context("aclmdlLoadFromFile");
    model_t *m = NULL;
    if (rc == ACL_SUCCESS && injected("aclmdlLoadFromFile", &rc)) {
        /* rc set */
    } else if (rc == ACL_SUCCESS && (modelPath == NULL || modelId == NULL)) {
        rc = fail(ACL_ERROR_INVALID_PARAM, "aclmdlLoadFromFile: modelPath or modelId is NULL");
    } else if (rc == ACL_SUCCESS && (m = calloc(1, sizeof *m)) == NULL) {
        rc = fail(ACL_ERROR_BAD_ALLOC, "aclmdlLoadFromFile: out of memory");
    } else if (rc == ACL_SUCCESS && (rc = read_model(modelPath, m)) == ACL_SUCCESS) {
        m->id = next_model_id++;
        m->ctx = current_ctx;
        m->next = models;
        models = m;
        live_models++;
        *modelId = m->id;
        m = NULL;
    }
    free(m);
    pthread_mutex_unlock(&mu);
    return rc;
}

EXPORT aclError aclmdlUnload(uint32_t modelId) {
    pthread_mutex_lock(&mu);
    aclError rc = need_context("aclmdlUnload");
    if (rc == ACL_SUCCESS && injected("aclmdlUnload", &rc)) {
        pthread_mutex_unlock(&mu);
        return rc;
    }
    model_t **p = &models;
    while (*p != NULL && (*p)->id != modelId) {
        p = &(*p)->next;
    }
    if (rc != ACL_SUCCESS) {
        /* rc set */
    } else if (*p == NULL) {
        rc = fail(ACL_ERROR_INVALID_MODEL_ID, "aclmdlUnload: no model with id %u", modelId);
    } else if ((*p)->ctx != current_ctx) {
        rc = fail(ACL_ERROR_RT_MODEL_CONTEXT, "aclmdlUnload: model %u is not in the current context", modelId);
    } else if ((*p)->inflight > 0) {
        rc = fail(ACL_ERROR_INVALID_PARAM, "aclmdlUnload: model %u is executing", modelId);
    } else {
        model_t *m = *p;
        *p = m->next;
        free(m->w);
        free(m);
        live_models--;
    }
    pthread_mutex_unlock(&mu);
    return rc;
}

EXPORT aclmdlDesc *aclmdlCreateDesc(void) {
    pthread_mutex_lock(&mu);
    aclError ignored;
    aclmdlDesc *d = NULL;
    if (!injected("aclmdlCreateDesc", &ignored) && (d = calloc(1, sizeof *d)) != NULL) {
        d->next = descs;
        descs = d;
        live_descs++;
    }
    pthread_mutex_unlock(&mu);
    return d;
}

EXPORT aclError aclmdlDestroyDesc(aclmdlDesc *modelDesc) {
    pthread_mutex_lock(&mu);
    aclError rc = ACL_SUCCESS;
    if (injected("aclmdlDestroyDesc", &rc)) {
        pthread_mutex_unlock(&mu);
        return rc;
    }
    aclmdlDesc **p = &descs;
    while (*p != NULL && *p != modelDesc) {
        p = &(*p)->next;
    }
    if (*p == NULL) {
        rc = fail(ACL_ERROR_INVALID_PARAM, "aclmdlDestroyDesc: %p is not a live model description",
                  (void *) modelDesc);
    } else {
        aclmdlDesc *d = *p;
        *p = d->next;
        free(d);
        live_descs--;
    }
    pthread_mutex_unlock(&mu);
    return rc;
}

EXPORT aclError aclmdlGetDesc(aclmdlDesc *modelDesc, uint32_t modelId) {
    pthread_mutex_lock(&mu);
    aclError rc = need_init("aclmdlGetDesc");
    aclmdlDesc *d = find_desc(modelDesc);
    model_t *m = find_model(modelId);
    if (rc == ACL_SUCCESS && injected("aclmdlGetDesc", &rc)) {
        /* rc set */
    } else if (rc == ACL_SUCCESS && d == NULL) {
        rc = fail(ACL_ERROR_INVALID_PARAM, "aclmdlGetDesc: %p is not a live model description", (void *) modelDesc);
    } else if (rc == ACL_SUCCESS && m == NULL) {
        rc = fail(ACL_ERROR_INVALID_MODEL_ID, "aclmdlGetDesc: no model with id %u", modelId);
    } else if (rc == ACL_SUCCESS) {
        d->filled = 1;
        d->data_type = m->data_type;
        d->rows = m->rows;
        d->cols = m->cols;
    }
    pthread_mutex_unlock(&mu);
    return rc;
}

static const aclmdlDesc *filled_desc(const aclmdlDesc *modelDesc) {
    const aclmdlDesc *d = find_desc(modelDesc);
    return d != NULL && d->filled ? d : NULL;
}

EXPORT size_t aclmdlGetNumInputs(aclmdlDesc *modelDesc) {
    pthread_mutex_lock(&mu);
    size_t n = filled_desc(modelDesc) != NULL ? 1 : 0;
    pthread_mutex_unlock(&mu);
    return n;
}

EXPORT size_t aclmdlGetNumOutputs(aclmdlDesc *modelDesc) {
    pthread_mutex_lock(&mu);
    size_t n = filled_desc(modelDesc) != NULL ? 1 : 0;
    pthread_mutex_unlock(&mu);
    return n;
}

EXPORT size_t aclmdlGetInputSizeByIndex(aclmdlDesc *modelDesc, size_t index) {
    pthread_mutex_lock(&mu);
    const aclmdlDesc *d = filled_desc(modelDesc);
    size_t size = d != NULL && index == 0 ? (size_t) d->cols * 4 : 0;
    pthread_mutex_unlock(&mu);
    return size;
}

EXPORT size_t aclmdlGetOutputSizeByIndex(aclmdlDesc *modelDesc, size_t index) {
    pthread_mutex_lock(&mu);
    const aclmdlDesc *d = filled_desc(modelDesc);
    size_t size = d != NULL && index == 0 ? (size_t) d->rows * 4 : 0;
    pthread_mutex_unlock(&mu);
    return size;
}

EXPORT aclDataType aclmdlGetInputDataType(const aclmdlDesc *modelDesc, size_t index) {
    pthread_mutex_lock(&mu);
    const aclmdlDesc *d = filled_desc(modelDesc);
    aclDataType type = d != NULL && index == 0 ? (aclDataType) d->data_type : ACL_DT_UNDEFINED;
    pthread_mutex_unlock(&mu);
    return type;
}

EXPORT aclDataType aclmdlGetOutputDataType(const aclmdlDesc *modelDesc, size_t index) {
    pthread_mutex_lock(&mu);
    const aclmdlDesc *d = filled_desc(modelDesc);
    aclDataType type = d != NULL && index == 0 ? (aclDataType) d->data_type : ACL_DT_UNDEFINED;
    pthread_mutex_unlock(&mu);
    return type;
}

/* ---- datasets ----------------------------------------------------------------------------- */
EXPORT aclmdlDataset *aclmdlCreateDataset(void) {
    pthread_mutex_lock(&mu);
    aclError ignored;
    aclmdlDataset *d = NULL;
    if (!injected("aclmdlCreateDataset", &ignored) && (d = calloc(1, sizeof *d)) != NULL) {
        d->next = datasets;
        datasets = d;
        live_datasets++;
    }
    pthread_mutex_unlock(&mu);
    return d;
}

EXPORT aclError aclmdlDestroyDataset(const aclmdlDataset *dataset) {
    pthread_mutex_lock(&mu);
    aclError rc = ACL_SUCCESS;
    if (injected("aclmdlDestroyDataset", &rc)) {
        pthread_mutex_unlock(&mu);
        return rc;
    }
    aclmdlDataset **p = &datasets;
    while (*p != NULL && *p != dataset) {
        p = &(*p)->next;
    }
    if (*p == NULL) {
        rc = fail(ACL_ERROR_INVALID_PARAM, "aclmdlDestroyDataset: %p is not a live dataset", (const void *) dataset);
    } else {
        aclmdlDataset *d = *p;
        *p = d->next;
        free(d->buffers); /* the array only: the data buffers it held stay alive */
        free(d);
        live_datasets--;
    }
    pthread_mutex_unlock(&mu);
    return rc;
}

EXPORT aclError aclmdlAddDatasetBuffer(aclmdlDataset *dataset, aclDataBuffer *dataBuffer) {
    pthread_mutex_lock(&mu);
    aclError rc = ACL_SUCCESS;
    aclmdlDataset *d = find_dataset(dataset);
    if (injected("aclmdlAddDatasetBuffer", &rc)) {
        /* rc set */
    } else if (d == NULL || find_buffer(dataBuffer) == NULL) {
        rc = fail(ACL_ERROR_INVALID_PARAM, "aclmdlAddDatasetBuffer: dataset or data buffer is not live");
    } else {
        if (d->count == d->capacity) {
            size_t capacity = d->capacity == 0 ? 4 : d->capacity * 2;
            aclDataBuffer **grown = realloc(d->buffers, capacity * sizeof *grown);
            if (grown == NULL) {
                rc = fail(ACL_ERROR_BAD_ALLOC, "aclmdlAddDatasetBuffer: out of memory");
            } else {
                d->buffers = grown;
                d->capacity = capacity;
            }
        }
        if (rc == ACL_SUCCESS) {
            d->buffers[d->count++] = dataBuffer;
        }
    }
    pthread_mutex_unlock(&mu);
    return rc;
}

EXPORT size_t aclmdlGetDatasetNumBuffers(const aclmdlDataset *dataset) {
    pthread_mutex_lock(&mu);
    const aclmdlDataset *d = find_dataset(dataset);
    size_t n = d != NULL ? d->count : 0;
    pthread_mutex_unlock(&mu);
    return n;
}

EXPORT aclDataBuffer *aclmdlGetDatasetBuffer(const aclmdlDataset *dataset, size_t index) {
    pthread_mutex_lock(&mu);
    const aclmdlDataset *d = find_dataset(dataset);
    aclDataBuffer *b = d != NULL && index < d->count ? d->buffers[index] : NULL;
    pthread_mutex_unlock(&mu);
    return b;
}

/* ---- execution ---------------------------------------------------------------------------- */
EXPORT aclError aclmdlExecute(uint32_t modelId, const aclmdlDataset *input, aclmdlDataset *output) {
    pthread_mutex_lock(&mu);
    aclError rc = need_context("aclmdlExecute");
    model_t *m = rc == ACL_SUCCESS ? find_model(modelId) : NULL;
    const aclmdlDataset *in = find_dataset(input);
    aclmdlDataset *out = find_dataset(output);
    if (rc != ACL_SUCCESS) {
        /* rc set */
    } else if (injected("aclmdlExecute", &rc)) {
        /* rc set */
    } else if (m == NULL) {
        rc = fail(ACL_ERROR_INVALID_MODEL_ID, "aclmdlExecute: no model with id %u", modelId);
    } else if (m->ctx != current_ctx) {
        rc = fail(ACL_ERROR_RT_MODEL_CONTEXT, "aclmdlExecute: model %u is not in the current context", modelId);
    } else if (in == NULL || out == NULL) {
        rc = fail(ACL_ERROR_INVALID_PARAM, "aclmdlExecute: input or output dataset is not live");
    } else if ((rc = check_io("aclmdlExecute", in, (size_t) m->cols * 4, ACL_ERROR_MODEL_INPUT_NOT_MATCH, "input"))
               != ACL_SUCCESS) {
        /* rc set */
    } else if ((rc = check_io("aclmdlExecute", out, (size_t) m->rows * 4, ACL_ERROR_MODEL_OUTPUT_NOT_MATCH,
                              "output")) != ACL_SUCCESS) {
        /* rc set */
    } else if (m->inflight > 0) {
        rc = fail(ACL_ERROR_RT_MODEL_EXECUTE, "aclmdlExecute: model %u is already executing on another thread",
                  modelId);
    }
    if (rc != ACL_SUCCESS) {
        pthread_mutex_unlock(&mu);
        return rc;
    }
    m->inflight++;
    execute_calls++;
    if (++inflight_executes > max_inflight_executes) {
        max_inflight_executes = inflight_executes;
    }
    while (gate_closed) {
        pthread_cond_wait(&gate_changed, &mu);
    }
    const float *w = m->w;
    uint32_t rows = m->rows;
    uint32_t cols = m->cols;
    const float *x = in->buffers[0]->data;
    float *y = out->buffers[0]->data;
    pthread_mutex_unlock(&mu);

    for (uint32_t r = 0; r < rows; r++) {
        float acc = 0.0f;
        for (uint32_t c = 0; c < cols; c++) {
            acc += w[(size_t) r * cols + c] * x[c];
        }
        y[r] = acc;
    }

    pthread_mutex_lock(&mu);
    m->inflight--;
    inflight_executes--;
    pthread_mutex_unlock(&mu);
    return ACL_SUCCESS;
}

/* ---- test-only controls and counters ------------------------------------------------------ */
#define COUNTER(name, expr)                   \
    EXPORT int name(void) {                   \
        pthread_mutex_lock(&mu);              \
        int value = (expr);                   \
        pthread_mutex_unlock(&mu);            \
        return value;                         \
    }

COUNTER(stub_live_allocations, live_allocs)
COUNTER(stub_live_data_buffers, live_buffers)
COUNTER(stub_live_datasets, live_datasets)
COUNTER(stub_live_model_descs, live_descs)
COUNTER(stub_loaded_models, live_models)
COUNTER(stub_live_contexts, live_contexts)
COUNTER(stub_live_device_refs, device_refs[0] + device_refs[1])
COUNTER(stub_initialized, initialized)
COUNTER(stub_init_calls, init_calls)
COUNTER(stub_inflight_executes, inflight_executes)
COUNTER(stub_max_inflight_executes, max_inflight_executes)

EXPORT int64_t stub_execute_count(void) {
    pthread_mutex_lock(&mu);
    int64_t value = execute_calls;
    pthread_mutex_unlock(&mu);
    return value;
}

/* Successful aclrtMemcpy calls of one aclrtMemcpyKind. */
EXPORT int stub_memcpy_count(int kind) {
    pthread_mutex_lock(&mu);
    int value = kind >= 0 && kind <= ACL_MEMCPY_DEFAULT ? memcpy_calls[kind] : -1;
    pthread_mutex_unlock(&mu);
    return value;
}

/* What aclrtGetRunMode reports: ACL_DEVICE (0) or ACL_HOST (1, the default). */
EXPORT void stub_set_run_mode(int mode) {
    pthread_mutex_lock(&mu);
    run_mode = mode == ACL_DEVICE ? ACL_DEVICE : ACL_HOST;
    pthread_mutex_unlock(&mu);
}

/* The nth (1 = next) call of `function` fails with `code`; handle-returning functions give NULL. */
EXPORT void stub_fail_call(const char *function, int nth, int code) {
    pthread_mutex_lock(&mu);
    snprintf(fail_function, sizeof fail_function, "%s", function != NULL ? function : "");
    fail_countdown = nth;
    fail_code = code;
    pthread_mutex_unlock(&mu);
}

/* While closed, aclmdlExecute waits after admitting a call, so tests can observe overlap. */
EXPORT void stub_set_execute_gate(int closed) {
    pthread_mutex_lock(&mu);
    gate_closed = closed;
    pthread_cond_broadcast(&gate_changed);
    pthread_mutex_unlock(&mu);
}

/* Frees everything and zeroes all counters. Handle ids keep increasing, so stale ones stay invalid. */
EXPORT void stub_reset(void) {
    pthread_mutex_lock(&mu);
    while (contexts != NULL) {
        ctx_t *c = contexts;
        contexts = c->next;
        free(c);
    }
    while (allocs != NULL) {
        alloc_t *a = allocs;
        allocs = a->next;
        free(a->ptr);
        free(a);
    }
    while (data_buffers != NULL) {
        aclDataBuffer *b = data_buffers;
        data_buffers = b->next;
        free(b);
    }
    while (datasets != NULL) {
        aclmdlDataset *d = datasets;
        datasets = d->next;
        free(d->buffers);
        free(d);
    }
    while (descs != NULL) {
        aclmdlDesc *d = descs;
        descs = d->next;
        free(d);
    }
    while (models != NULL) {
        model_t *m = models;
        models = m->next;
        free(m->w);
        free(m);
    }
    initialized = 0;
    init_calls = 0;
    run_mode = ACL_HOST;
    memset(device_refs, 0, sizeof device_refs);
    live_allocs = live_buffers = live_datasets = live_descs = live_models = live_contexts = 0;
    execute_calls = 0;
    memset(memcpy_calls, 0, sizeof memcpy_calls);
    inflight_executes = max_inflight_executes = 0;
    gate_closed = 0;
    pthread_cond_broadcast(&gate_changed);
    fail_function[0] = '\0';
    fail_countdown = 0;
    fail_code = 0;
    current_ctx = 0;
    has_error = 0;
    pthread_mutex_unlock(&mu);
}
