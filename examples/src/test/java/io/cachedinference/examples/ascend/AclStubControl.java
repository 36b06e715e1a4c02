package io.cachedinference.examples.ascend;

/**
 * The test double's own exports (counters and controls) on top of the ACL functions it shares
 * with {@link AscendCl}; test-only. See {@code src/test/c/ascendcl_stub.c}.
 */
interface AclStubControl extends AscendCl {

    int stub_live_allocations();

    int stub_live_data_buffers();

    int stub_live_datasets();

    int stub_live_model_descs();

    int stub_loaded_models();

    int stub_live_contexts();

    int stub_live_device_refs();

    int stub_initialized();

    int stub_init_calls();

    int stub_inflight_executes();

    int stub_max_inflight_executes();

    long stub_execute_count();

    int stub_memcpy_count(int kind);

    void stub_set_run_mode(int mode);

    void stub_fail_call(String function, int nth, int code);

    void stub_set_execute_gate(int closed);

    void stub_reset();
}
