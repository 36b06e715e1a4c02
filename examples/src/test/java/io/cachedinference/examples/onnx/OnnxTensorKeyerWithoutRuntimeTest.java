package io.cachedinference.examples.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cachedinference.api.ArgumentKeyer;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Iterator;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * Without ONNX Runtime on the class path, the listed keyer cannot be created, and fails for the
 * missing class: the failure the library's keyer discovery skips (with a DEBUG line) instead of
 * failing deployment. Here the class path is the examples' classes and the API alone.
 */
final class OnnxTensorKeyerWithoutRuntimeTest {

    @Test
    void listedKeyer_failsToBeCreatedForTheMissingOnnxTensorClass() throws Exception {
        URL examples = OnnxTensorKeyer.class.getProtectionDomain().getCodeSource().getLocation();
        URL api = ArgumentKeyer.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader withoutRuntime = new URLClassLoader(new URL[] {examples, api},
                ClassLoader.getPlatformClassLoader())) {
            Class<?> service = withoutRuntime.loadClass(ArgumentKeyer.class.getName());
            Iterator<?> keyers = ServiceLoader.load(service, withoutRuntime).iterator();

            assertThat(withoutRuntime.getResource("ai/onnxruntime/OnnxTensor.class")).isNull();
            ServiceConfigurationError error = catchThrowableOfType(ServiceConfigurationError.class, () -> {
                while (keyers.hasNext()) {
                    keyers.next();
                }
            });
            assertThat(error).as("loading the listed keyers").isNotNull();
            assertThat(error.getMessage()).contains(OnnxTensorKeyer.class.getName());
            assertThat(error.getCause()).isInstanceOf(NoClassDefFoundError.class)
                    .hasMessageStartingWith("ai/onnxruntime/");
        }
    }
}
