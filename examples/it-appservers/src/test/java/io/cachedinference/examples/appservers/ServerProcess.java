package io.cachedinference.examples.appservers;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.awaitility.core.ConditionTimeoutException;

/**
 * One server process: started with its output in a log file, ready when an HTTP probe answers 200,
 * and stopped with every process it started.
 *
 * <p>Stopping sends SIGTERM to the process tree (the server's JVM before a launcher script), waits
 * for it, and kills what is left. A shutdown hook does the same if the test JVM ends first, so no
 * server outlives the build, whichever way a test fails.
 */
final class ServerProcess implements AutoCloseable {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofMillis(500);

    private final String name;
    private final Process process;
    private final Path log;
    private final Thread killer;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private ServerProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.killer = new Thread(() -> tree().forEach(ProcessHandle::destroyForcibly), "kill " + name);
        Runtime.getRuntime().addShutdownHook(killer);
    }

    /** Starts a command in a directory, with extra environment variables, writing its output to the log. */
    static ServerProcess start(String name, List<String> command, Map<String, String> environment, Path directory,
            Path log) {
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            process.getOutputStream().close();
            return new ServerProcess(name, process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name + ": " + String.join(" ", command), e);
        }
    }

    /**
     * Waits until {@code probe} answers 200. Fails at once, with the log's last lines, when the
     * process exits or {@code failure} reports a failed deployment; fails after {@code timeout}
     * otherwise.
     */
    void awaitReady(URI probe, Duration timeout, Supplier<Optional<String>> failure) {
        try {
            await().atMost(timeout).pollDelay(Duration.ZERO).pollInterval(POLL).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " exited with status " + process.exitValue()
                            + " before serving " + probe + withTail());
                }
                Optional<String> failed = failure.get();
                if (failed.isPresent()) {
                    throw new IllegalStateException(name + " did not deploy the WAR: " + failed.get() + withTail());
                }
                return status(probe) == 200;
            });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException(name + " did not serve " + probe + " within " + timeout.toSeconds() + " s"
                    + withTail(), e);
        }
    }

    /** The log file. */
    Path log() {
        return log;
    }

    /** The last log line that contains a text, from the text on. */
    Optional<String> logLine(String text) {
        return readLog().lines().filter(l -> l.contains(text)).reduce((first, last) -> last)
                .map(l -> l.substring(l.indexOf(text)));
    }

    /** The log's last lines, colour codes removed. */
    String tail(int lines) {
        List<String> all = readLog().lines().collect(Collectors.toList());
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    /** Stops the process tree: SIGTERM, then SIGKILL for what is still running after a minute. */
    @Override
    public void close() {
        List<ProcessHandle> tree = tree();
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                handle.destroyForcibly();
            } catch (ExecutionException | TimeoutException e) {
                handle.destroyForcibly();
            }
        }
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(killer);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook runs anyway
        }
    }

    /** The running processes of the tree. */
    List<ProcessHandle> processes() {
        return tree().stream().filter(ProcessHandle::isAlive).collect(Collectors.toList());
    }

    /** Whether any process of the tree is still running. */
    boolean alive() {
        return tree().stream().anyMatch(ProcessHandle::isAlive);
    }

    // descendants first: the server's JVM stops before the script that launched it
    private List<ProcessHandle> tree() {
        return Stream.concat(process.descendants(), Stream.of(process.toHandle())).collect(Collectors.toList());
    }

    private int status(URI probe) {
        try {
            return http.send(HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private String withTail() {
        return "\n--- last 80 lines of " + log + " ---\n" + tail(80);
    }

    private String readLog() {
        try {
            return new String(Files.readAllBytes(log), StandardCharsets.UTF_8).replaceAll("\u001B\\[[;\\d]*m", "");
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e + ")";
        }
    }
}
