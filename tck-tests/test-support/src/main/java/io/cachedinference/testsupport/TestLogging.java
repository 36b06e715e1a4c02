package io.cachedinference.testsupport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.logging.LogManager;

/**
 * The {@code java.util.logging} configuration of every module's tests ({@code -Djava.util.logging.config.class}):
 * everything at INFO to {@code target/test-N.log}, the console one line per warning that no test expected
 * ({@link ExpectedNoiseFilter}), so a green run prints Maven's summary and what tests report on purpose.
 */
public final class TestLogging {

    private static final String CONFIG = "test-logging.properties";

    /** Reads the shared configuration, the log file placed in the module's {@code target/}. */
    public TestLogging() throws IOException {
        Properties config = new Properties();
        try (InputStream in = TestLogging.class.getResourceAsStream(CONFIG)) {
            if (in == null) {
                throw new IllegalStateException(CONFIG + " is missing from the test-support jar");
            }
            config.load(in);
        }
        Path target = Path.of(System.getProperty("basedir", System.getProperty("user.dir")), "target");
        Files.createDirectories(target);
        // %u keeps two JVMs of one module (surefire and failsafe forks) from writing one file
        config.setProperty("java.util.logging.FileHandler.pattern", target.resolve("test-%u.log").toString()
                .replace("\\", "/"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        config.store(bytes, null);
        LogManager.getLogManager().readConfiguration(new ByteArrayInputStream(bytes.toByteArray()));
    }

}
