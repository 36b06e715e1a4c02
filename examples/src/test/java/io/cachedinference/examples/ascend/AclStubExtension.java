package io.cachedinference.examples.ascend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For tests against the C test double: builds it (or, without a C compiler, skips each test with
 * the reason, so the skips show in the report), resets it before each test, and after each test checks that nothing leaked: no device memory,
 * data buffers, datasets, model descriptions, loaded models, contexts or device references, and
 * ACL finalised. A test that leaves something on purpose calls {@code stub_reset()} itself.
 */
final class AclStubExtension implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        AclStub.library();
        AclStub.control().stub_reset();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        assertThat(liveResources(AclStub.control()))
                .as("ACL resources still live after the test")
                .allSatisfy((name, count) -> assertThat(count).as(name).isZero());
    }

    /** Every live-resource counter of the double, by name. */
    static Map<String, Integer> liveResources(AclStubControl stub) {
        Map<String, Integer> live = new LinkedHashMap<>();
        live.put("device allocations", stub.stub_live_allocations());
        live.put("data buffers", stub.stub_live_data_buffers());
        live.put("datasets", stub.stub_live_datasets());
        live.put("model descriptions", stub.stub_live_model_descs());
        live.put("loaded models", stub.stub_loaded_models());
        live.put("contexts", stub.stub_live_contexts());
        live.put("device references", stub.stub_live_device_refs());
        live.put("initialised", stub.stub_initialized());
        return live;
    }
}
