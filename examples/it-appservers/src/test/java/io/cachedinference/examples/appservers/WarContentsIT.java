package io.cachedinference.examples.appservers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The WAR holds the application, the library and its provider modules, and nothing the server
 * provides: a Weld, Jersey or Jakarta API jar in WEB-INF/lib would compete with the server's own.
 */
final class WarContentsIT {

    @Test
    void webInfLib_holdsTheApplicationAndTheLibrary_butNoContainerOrJakartaApi() throws IOException {
        List<String> libraries = libraries();

        assertThat(libraries).anyMatch(j -> j.startsWith("cached-inference-examples-"))
                .anyMatch(j -> j.startsWith("cached-inference-api-"))
                .anyMatch(j -> j.startsWith("cached-inference-interceptor-"))
                .anyMatch(j -> j.startsWith("cached-inference-ehcache-"))
                .anyMatch(j -> j.startsWith("ehcache-"))
                .anyMatch(j -> j.startsWith("cached-inference-caffeine-"))
                .anyMatch(j -> j.startsWith("cached-inference-redis-"))
                .anyMatch(j -> j.startsWith("redisson-"))
                .anyMatch(j -> j.startsWith("cached-inference-payara-"))
                .anyMatch(j -> j.startsWith("onnxruntime-"));
        assertThat(libraries).as("the ONNX model is written at build time; the WAR does not need protobuf")
                .noneMatch(j -> j.startsWith("protobuf-java"));
        assertThat(libraries).noneMatch(j -> j.matches("(weld|jersey|grizzly|hk2|yasson|parsson|jakarta\\.|slf4j-jdk14).*"));
    }

    @Test
    void examplesJar_holdsTheGeneratedOnnxModel_andListsTheTensorKeyer() throws IOException {
        try (ZipFile war = new ZipFile(Settings.war().toFile())) {
            var examples = war.stream().filter(e -> e.getName().matches("WEB-INF/lib/cached-inference-examples-.*\\.jar"))
                    .findFirst().orElseThrow();
            Path jar = Files.createTempFile("examples", ".jar");
            try {
                try (InputStream in = war.getInputStream(examples)) {
                    Files.copy(in, jar, StandardCopyOption.REPLACE_EXISTING);
                }
                try (ZipFile classes = new ZipFile(jar.toFile())) {
                    assertThat(classes.getEntry("io/cachedinference/examples/onnx/onnx-cnn.onnx")).isNotNull();
                    var services = classes.getEntry("META-INF/services/io.cachedinference.api.ArgumentKeyer");
                    assertThat(services).isNotNull();
                    try (InputStream in = classes.getInputStream(services)) {
                        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                                .contains("io.cachedinference.examples.onnx.OnnxTensorKeyer");
                    }
                }
            } finally {
                Files.delete(jar);
            }
        }
    }

    @Test
    void wildflyDescriptor_givesEhcacheJdkUnsupported() throws IOException {
        try (ZipFile war = new ZipFile(Settings.war().toFile())) {
            var entry = war.getEntry("WEB-INF/jboss-deployment-structure.xml");
            assertThat(entry).as("WEB-INF/jboss-deployment-structure.xml").isNotNull();
            try (InputStream in = war.getInputStream(entry)) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                        .contains("<module name=\"jdk.unsupported\"/>");
            }
        }
    }

    private static List<String> libraries() throws IOException {
        try (ZipFile war = new ZipFile(Settings.war().toFile())) {
            return war.stream().map(e -> e.getName()).filter(n -> n.startsWith("WEB-INF/lib/") && n.endsWith(".jar"))
                    .map(n -> n.substring("WEB-INF/lib/".length())).collect(Collectors.toList());
        }
    }
}
