package io.cachedinference.examples.appservers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A server the tests start on 127.0.0.1 with the example WAR deployed at the root context, and stop.
 * Subclasses build the command line; this class runs it, waits for the WAR, and stops everything.
 */
abstract class AppServer implements AutoCloseable {

    private final String id;
    private final Map<String, String> systemProperties;
    private ServerProcess process;
    private URI baseUri;

    /**
     * @param id               names the run's directory and log under {@code target/appservers}
     * @param systemProperties passed to the server's JVM, such as {@code cached-inference.provider}
     */
    AppServer(String id, Map<String, String> systemProperties) {
        this.id = id;
        this.systemProperties = new LinkedHashMap<>(systemProperties);
    }

    /** The server and JDK, for messages. */
    abstract String product();

    /** Prepares the run directory and starts the server; returns its base URI. */
    abstract URI launch(Path runDirectory, Path log);

    /** A deployment failure the server has reported, if any; checked while waiting for the WAR. */
    abstract Optional<String> deploymentFailure();

    /** Starts the server and waits until the WAR answers {@code GET /v1/cache/stats}. */
    final void start() {
        Path run = Settings.dir().resolve("runs").resolve(id);
        deleteRecursively(run);
        long started = System.nanoTime();
        baseUri = launch(run, Settings.dir().resolve("logs").resolve(id + ".log"));
        try {
            process.awaitReady(baseUri.resolve("v1/cache/stats"), Settings.startTimeout(), this::deploymentFailure);
        } catch (RuntimeException e) {
            process.close();
            throw e;
        }
        System.out.printf("%s serves %s after %.1f s (log: %s)%n", this, baseUri,
                (System.nanoTime() - started) / 1e9, process.log());
    }

    /** Runs the server's command; called by {@link #launch}. */
    final void run(List<String> command, Map<String, String> environment, Path directory, Path log) {
        process = ServerProcess.start(id, command, environment, directory, log);
    }

    /** The {@code -Dkey=value} arguments of the system properties. */
    final List<String> systemPropertyArguments() {
        return systemProperties.entrySet().stream().map(e -> "-D" + e.getKey() + "=" + e.getValue())
                .collect(Collectors.toList());
    }

    /** {@code http://127.0.0.1:port/}. */
    final URI baseUri() {
        return baseUri;
    }

    /** The server's process, once started. */
    final ServerProcess process() {
        return process;
    }

    /** The last lines of the server's log, or a note that it never started. */
    final String logTail(int lines) {
        return process == null ? "(" + id + " was not started)" : process.tail(lines);
    }

    @Override
    public final void close() {
        if (process != null) {
            process.close();
        }
    }

    @Override
    public String toString() {
        return product() + (systemProperties.isEmpty() ? "" : " with " + systemPropertyArguments());
    }

    static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + directory, e);
        }
    }

    static void copyRecursively(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.collect(Collectors.toList())) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy " + from + " to " + to, e);
        }
    }
}
