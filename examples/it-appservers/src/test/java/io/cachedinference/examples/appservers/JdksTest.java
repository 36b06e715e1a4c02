package io.cachedinference.examples.appservers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding a JDK for Payara Micro 7 by its release file. */
final class JdksTest {

    @TempDir
    Path dir;

    @Test
    void featureVersion_isReadFromModernAndLegacyVersionStrings() {
        assertThat(Jdks.feature("17.0.15")).isEqualTo(17);
        assertThat(Jdks.feature("25")).isEqualTo(25);
        assertThat(Jdks.feature("21-ea")).isEqualTo(21);
        assertThat(Jdks.feature("1.8.0_392")).isEqualTo(8);
    }

    @Test
    void newest_choosesTheNewestJdkOfAtLeastTheFeature_andIgnoresWhatIsNoJdk() throws IOException {
        Path jdk17 = jdk("a", "17.0.15");
        Path jdk25 = jdk("b", "25.0.1");
        Path jdk21 = jdk("c", "21.0.9");
        Path noRelease = Files.createDirectories(dir.resolve("d/bin"));

        assertThat(Jdks.newest(List.of(jdk17, jdk25, jdk21, noRelease), 21)).hasValueSatisfying(j -> {
            assertThat(j.feature()).isEqualTo(25);
            assertThat(j.version()).isEqualTo("25.0.1");
        });
        assertThat(Jdks.newest(List.of(jdk17, noRelease), 21)).isEmpty();
    }

    @Test
    void homeWithoutAnExecutableJava_isNoJdk() throws IOException {
        Path home = Files.createDirectories(dir.resolve("e"));
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"21.0.2\"\n");

        assertThat(Jdks.of(home)).isEmpty();
    }

    @Test
    void buildJdk_isAJdk() {
        assertThat(Jdks.of(Path.of(System.getProperty("java.home")))).isPresent();
    }

    private Path jdk(String name, String version) throws IOException {
        Path home = Files.createDirectories(dir.resolve(name).resolve("bin"));
        Path java = Files.writeString(home.resolve("java"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(home.getParent().resolve("release"), "IMPLEMENTOR=\"x\"\nJAVA_VERSION=\"" + version + "\"\n");
        return home.getParent();
    }
}
