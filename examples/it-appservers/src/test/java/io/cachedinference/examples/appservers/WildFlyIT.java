package io.cachedinference.examples.appservers;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.examples.appservers.ServiceClient.Reply;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * WildFly with nothing configured: it offers no JCache provider, so the library takes Ehcache from
 * WEB-INF/lib, the default among the provider modules (jboss-deployment-structure.xml gives it
 * jdk.unsupported). It also runs the ONNX Runtime model, whose native library comes out of its jar
 * in WEB-INF/lib.
 */
final class WildFlyIT extends AppServerContract {

    @Test
    void onnxModel_runsInTheServer_andAnEqualRequestIsAHit() {
        float[] image = ServiceClient.tensor(16);
        long misses = client().counter("onnx-cnn", "misses");

        Reply first = client().infer("onnx-cnn", image);
        Reply second = client().infer("onnx-cnn", image);

        assertThat(first.status()).as("%s", first).isEqualTo(200);
        assertThat(first.json().getString("cache")).isEqualTo("miss");
        assertThat(first.json().getJsonArray("output")).hasSize(1000);
        assertThat(second.json().getString("cache")).isEqualTo("hit");
        assertThat(second.json().getJsonArray("output")).isEqualTo(first.json().getJsonArray("output"));
        assertThat(client().counter("onnx-cnn", "misses")).isEqualTo(misses + 1);
        assertThat(client().counter("onnx-cnn", "errors")).isZero();
    }

    @Override
    AppServer server() {
        return new WildFly("wildfly-default", Map.of());
    }

    @Override
    String expectedProvider() {
        return EHCACHE;
    }
}
