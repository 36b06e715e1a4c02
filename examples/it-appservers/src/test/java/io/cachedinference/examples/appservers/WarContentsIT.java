package io.cachedinference.examples.appservers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
                .anyMatch(j -> j.startsWith("cached-inference-payara-"));
        assertThat(libraries).noneMatch(j -> j.matches("(weld|jersey|grizzly|hk2|yasson|parsson|jakarta\\.|slf4j-jdk14).*"));
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
