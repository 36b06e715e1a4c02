package io.cachedinference.examples.ascend;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Builds the C test double {@code src/test/c/ascendcl_stub.c} into
 * {@code target/stub/libascendcl.so} with the system C compiler ({@code $CC}, {@code cc} or
 * {@code gcc}), once per JVM. Without a compiler, tests that need it are skipped, saying so; a
 * compiler that fails fails the tests.
 */
final class AclStub {

    private static final Path BASEDIR = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
    private static final Path SOURCE = BASEDIR.resolve("src/test/c/ascendcl_stub.c");
    private static final Path LIBRARY = BASEDIR.resolve("target/stub/libascendcl.so");

    private static Path built; // guarded by AclStub.class
    private static String skipReason; // guarded by AclStub.class
    private static AclStubControl control; // guarded by AclStub.class

    private AclStub() {
    }

    /** The built library; skips the calling test when there is no C compiler. */
    static synchronized Path library() {
        if (built == null && skipReason == null) {
            Optional<String> compiler = findCompiler();
            if (compiler.isEmpty()) {
                skipReason = "No C compiler ($CC, cc or gcc on PATH): skipping the tests that need the"
                        + " libascendcl.so test double built from " + SOURCE;
            } else {
                built = compile(compiler.get());
            }
        }
        Assumptions.assumeTrue(skipReason == null, skipReason);
        return built;
    }

    /** The double's counters and controls, loaded from {@link #library()}. */
    static synchronized AclStubControl control() {
        if (control == null) {
            control = Native.load(library().toString(), AclStubControl.class,
                    Map.of(Library.OPTION_STRING_ENCODING, "UTF-8"));
        }
        return control;
    }

    private static Optional<String> findCompiler() {
        List<String> names = new ArrayList<>();
        String cc = System.getenv("CC");
        if (cc != null && !cc.isBlank()) {
            names.add(cc.strip());
        }
        names.add("cc");
        names.add("gcc");
        String path = System.getenv().getOrDefault("PATH", "");
        for (String name : names) {
            if (name.contains("/")) {
                if (Files.isExecutable(Path.of(name))) {
                    return Optional.of(name);
                }
                continue;
            }
            for (String dir : path.split(File.pathSeparator)) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                    return Optional.of(Path.of(dir, name).toString());
                }
            }
        }
        return Optional.empty();
    }

    private static Path compile(String compiler) {
        // Built beside the target, then renamed: a parallel fork never loads a half-written file.
        Path partial = LIBRARY.resolveSibling("libascendcl.so." + ProcessHandle.current().pid() + ".tmp");
        List<String> command = List.of(compiler, "-std=c11", "-O2", "-Wall", "-Wextra", "-fvisibility=hidden",
                "-shared", "-fPIC", "-pthread", "-o", partial.toString(), SOURCE.toString(), "-lpthread");
        try {
            Files.createDirectories(LIBRARY.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("The C compiler did not finish in 120 s: " + command);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("Compiling the libascendcl.so test double failed (exit "
                        + process.exitValue() + "): " + command + "\n" + output);
            }
            return Files.move(partial, LIBRARY, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run the C compiler: " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while compiling the test double", e);
        }
    }
}
