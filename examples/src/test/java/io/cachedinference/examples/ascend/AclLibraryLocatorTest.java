package io.cachedinference.examples.ascend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class AclLibraryLocatorTest {

    @TempDir
    Path dir;

    private Path library(String relative) throws IOException {
        Path file = dir.resolve(relative).resolve(AclLibraryLocator.LIBRARY_FILE);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "elf");
    }

    private static AclLibraryLocator locator(Map<String, String> env, Path... standardRoots) {
        return new AclLibraryLocator(env::get, List.of(standardRoots));
    }

    @Test
    void explicitOverride_wins_andIsTheOnlyCandidate() throws IOException {
        Path home = dir.resolve("home");
        library("home/lib64");
        Path override = library("custom");

        AclLibraryLocator locator = locator(Map.of("ASCEND_HOME_PATH", home.toString()));

        assertThat(locator.find(override)).contains(override);
        assertThat(locator.candidates(override)).containsExactly(override);
        assertThat(locator.find(override.getParent())).as("a directory holding it").contains(override);
    }

    @Test
    void missingOverride_fails_withoutSearchingElsewhere() throws IOException {
        Path home = dir.resolve("home");
        library("home/lib64");
        Path override = dir.resolve("nowhere/libascendcl.so");

        assertThatThrownBy(() -> locator(Map.of("ASCEND_HOME_PATH", home.toString())).locate(override))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The configured AscendCL library does not exist or is unreadable [path=" + override + "]");
    }

    @Test
    void ascendHomePath_findsEachCannLayout() throws IOException {
        Path newest = library("cann/lib64");
        Path cann8 = library("toolkit/runtime/lib64");
        Path cann5 = library("old/acllib/lib64");

        assertThat(locator(Map.of("ASCEND_HOME_PATH", dir.resolve("cann").toString())).find(null)).contains(newest);
        assertThat(locator(Map.of("ASCEND_HOME_PATH", dir.resolve("toolkit").toString())).find(null)).contains(cann8);
        assertThat(locator(Map.of("ASCEND_HOME_PATH", dir.resolve("old").toString())).find(null)).contains(cann5);
    }

    @Test
    void environmentRoots_comeBeforeLdLibraryPath_whichComesBeforeStandardRoots() throws IOException {
        Path fromEnv = library("env/lib64");
        Path fromLd = library("ld");
        Path standard = library("standard/lib64");
        Map<String, String> env = Map.of("ASCEND_HOME_PATH", dir.resolve("env").toString(),
                "LD_LIBRARY_PATH", dir.resolve("ld").toString());

        assertThat(locator(env, dir.resolve("standard")).find(null)).contains(fromEnv);
        assertThat(locator(Map.of("LD_LIBRARY_PATH", dir.resolve("ld").toString()), dir.resolve("standard"))
                .find(null)).contains(fromLd);
        assertThat(locator(Map.of(), dir.resolve("standard")).find(null)).contains(standard);
    }

    @Test
    void linkTimeStubDirectories_onLdLibraryPath_areSkipped() throws IOException {
        library("cann/lib64/stub");
        library("cann/devlib");
        Map<String, String> env = Map.of("LD_LIBRARY_PATH",
                dir.resolve("cann/lib64/stub") + ":" + dir.resolve("cann/devlib"));

        assertThat(locator(env).find(null)).isEmpty();
    }

    @Test
    void nothingFound_failsListingEveryPathTried_andHowToFixIt() {
        Path root = dir.resolve("standard");

        assertThatThrownBy(() -> locator(Map.of(), root).locate(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("libascendcl.so was not found")
                .hasMessageContaining("ASCEND_HOME_PATH")
                .hasMessageContaining(root.resolve("lib64/libascendcl.so").toString())
                .hasMessageContaining(root.resolve("runtime/lib64/libascendcl.so").toString());
    }
}
