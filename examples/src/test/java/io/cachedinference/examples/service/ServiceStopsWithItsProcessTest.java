package io.cachedinference.examples.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service stops with the process that runs it. Regression: {@code -Pservice} forked a JVM
 * with {@code exec:exec}; {@code kill -TERM} of Maven left that child running (PPID 1) on port 8080,
 * and the next run failed with "Address already in use". Now {@code -Pservice} runs
 * {@link InferenceServer#main} inside Maven's JVM ({@code exec:java}); this test runs {@code main} in
 * a JVM of its own, as Maven's would, sends it SIGTERM, and checks that the shutdown hook stopped
 * the server, the JVM ended, and the port is free. (The output goes to a file: the JDK closes a
 * child's output pipe when the child exits, and may drop its last lines.)
 */
final class ServiceStopsWithItsProcessTest {

    private static final Pattern BANNER = Pattern.compile("cached-inference service on (http://127\\.0\\.0\\.1:(\\d+)/)");

    @Test
    void term_stopsTheServer_endsTheJvm_andFreesThePort(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("service.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-D" + InferenceServer.PORT + "=0",
                "-Djava.util.logging.config.file=" + System.getProperty("java.util.logging.config.file", ""),
                InferenceServer.class.getName()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            Matcher banner = await("the service's banner").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(100)).until(() -> BANNER.matcher(read(log)), Matcher::find);
            URI uri = URI.create(banner.group(1));
            assertThat(new ServiceHttp(uri).stats().status()).isEqualTo(200);

            process.destroy();

            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the JVM ended after SIGTERM; output: %s", read(log))
                    .isTrue();
            assertThat(read(log)).as("the shutdown hook stopped the server (exit code %d)", process.exitValue())
                    .contains(InferenceServer.STOPPED);
            assertThatThrownBy(() -> new Socket(uri.getHost(), uri.getPort()).close())
                    .as("nothing listens on %s any more", uri).isInstanceOf(ConnectException.class);
        } finally {
            process.destroyForcibly();
        }
    }

    private static String read(Path log) {
        try {
            // a line may be half written: decode leniently
            return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
