package io.cachedinference.examples.ascend;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.interceptor.internal.CachedInferenceExtension;
import java.nio.file.Path;
import java.util.Map;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The NPU model behind {@code @CachedInference}: a hit never reaches libascendcl (its execute counter). */
@ExtendWith(AclStubExtension.class)
final class SelectedBackendModelTest {

    @TempDir
    Path dir;

    private final AclStubControl stub = AclStub.control();
    private final Map<String, String> settings = new java.util.HashMap<>();

    @AfterEach
    void clearSettings() {
        settings.keySet().forEach(System::clearProperty);
    }

    @Test
    void cachedHits_neverReachTheNativeLibrary_andCloseReleasesEverything() {
        set(ModelBackends.BACKEND, "npu");
        set(AscendModelConfig.MODEL_PATH, OmFiles.write(dir.resolve("linear.om"), AscendAclModelTest.W).toString());
        set(AscendModelConfig.LIBRARY, AclStub.library().toString());
        long before = stub.stub_execute_count();

        try (WeldContainer c = new Weld("npu-" + System.nanoTime()).disableDiscovery()
                .addBeanClasses(SelectedBackendModel.class).addExtension(new CachedInferenceExtension()).initialize()) {
            SelectedBackendModel model = c.select(SelectedBackendModel.class).get();
            float[] first = model.infer(new float[] {1, 1, 1, 1});
            for (int i = 0; i < 10; i++) {
                assertThat(model.infer(new float[] {1, 1, 1, 1})).containsExactly(first);
            }

            assertThat(model.backend()).isInstanceOf(AscendAclModel.class);
            assertThat(first).containsExactly(10f, 0f, 2f);
            assertThat(stub.stub_execute_count() - before).as("native executions").isEqualTo(1);
            model.infer(new float[] {2, 0, 0, 0});
            assertThat(stub.stub_execute_count() - before).isEqualTo(2);
        }
        // the extension's afterEach check then finds every native resource released by @PreDestroy
    }

    private void set(String key, String value) {
        settings.put(key, value);
        System.setProperty(key, value);
    }
}
