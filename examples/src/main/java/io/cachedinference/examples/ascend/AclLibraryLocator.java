package io.cachedinference.examples.ascend;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds {@code libascendcl.so}. An explicit override (a file, or a directory holding it) is the
 * only candidate when given. Otherwise, in order: the install roots named by
 * {@code ASCEND_INSTALL_PATH}, {@code ASCEND_HOME_PATH} and {@code ASCEND_TOOLKIT_HOME}; the
 * directories on {@code LD_LIBRARY_PATH}; then the standard roots {@code ~/Ascend/cann},
 * {@code ~/Ascend/ascend-toolkit/latest}, {@code /usr/local/Ascend/cann},
 * {@code /usr/local/Ascend/ascend-toolkit/latest}, {@code /opt/Ascend/cann} and
 * {@code /usr/local/Ascend/nnrt/latest}. Under each root it tries {@code lib64} (newest layout),
 * {@code runtime/lib64} (CANN 6-8), {@code acllib/lib64} and {@code fwkacllib/lib64} (CANN 3-5).
 * Link-time stub directories ({@code .../stub}, {@code devlib}) are never searched.
 */
final class AclLibraryLocator {

    static final String LIBRARY_FILE = "libascendcl.so";

    private static final List<String> ROOT_VARIABLES =
            List.of("ASCEND_INSTALL_PATH", "ASCEND_HOME_PATH", "ASCEND_TOOLKIT_HOME");
    private static final List<String> LIBRARY_DIRS =
            List.of("lib64", "runtime/lib64", "acllib/lib64", "fwkacllib/lib64");

    private final Function<String, String> environment;
    private final List<Path> standardRoots;

    AclLibraryLocator(Function<String, String> environment, List<Path> standardRoots) {
        this.environment = environment;
        this.standardRoots = List.copyOf(standardRoots);
    }

    /** A locator over this process's environment and the standard CANN install roots. */
    static AclLibraryLocator system() {
        Path home = Path.of(System.getProperty("user.home"));
        return new AclLibraryLocator(System::getenv, List.of(
                home.resolve("Ascend/cann"),
                home.resolve("Ascend/ascend-toolkit/latest"),
                Path.of("/usr/local/Ascend/cann"),
                Path.of("/usr/local/Ascend/ascend-toolkit/latest"),
                Path.of("/opt/Ascend/cann"),
                Path.of("/usr/local/Ascend/nnrt/latest")));
    }

    /** Every path tried, in order; {@code override} may be null. */
    List<Path> candidates(Path override) {
        if (override != null) {
            return List.of(Files.isDirectory(override) ? override.resolve(LIBRARY_FILE) : override);
        }
        Set<Path> found = new LinkedHashSet<>();
        for (String variable : ROOT_VARIABLES) {
            nonBlank(environment.apply(variable)).ifPresent(root -> addRoot(found, Path.of(root)));
        }
        nonBlank(environment.apply("LD_LIBRARY_PATH")).ifPresent(value -> {
            for (String dir : value.split(":")) {
                if (!dir.isBlank() && !isLinkStubDir(Path.of(dir))) {
                    found.add(Path.of(dir).resolve(LIBRARY_FILE));
                }
            }
        });
        standardRoots.forEach(root -> addRoot(found, root));
        return new ArrayList<>(found);
    }

    /** The first candidate that is a readable file. */
    Optional<Path> find(Path override) {
        return candidates(override).stream()
                .filter(path -> Files.isRegularFile(path) && Files.isReadable(path))
                .findFirst();
    }

    /** Like {@link #find}, but fails with the list of paths tried and how to fix it. */
    Path locate(Path override) {
        return find(override).orElseThrow(() -> new IllegalStateException(override != null
                ? "The configured AscendCL library does not exist or is unreadable [path=" + override + "]"
                : LIBRARY_FILE + " was not found; set the library path explicitly, or set ASCEND_HOME_PATH"
                        + " (source <cann>/set_env.sh) [searched=" + candidates(null) + "]"));
    }

    private static void addRoot(Set<Path> found, Path root) {
        for (String dir : LIBRARY_DIRS) {
            found.add(root.resolve(dir).resolve(LIBRARY_FILE));
        }
    }

    private static boolean isLinkStubDir(Path dir) {
        Path name = dir.getFileName();
        return name != null && (name.toString().equals("stub") || name.toString().equals("devlib"));
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
