package io.cachedinference.examples.service;

import jakarta.ws.rs.SeBootstrap;
import java.io.PrintStream;
import java.net.URI;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * Runs the service on Weld SE: starts the CDI container, then the JAX-RS application through the
 * standard {@link SeBootstrap} API (Jersey on Grizzly and Jersey's CDI integration are found on the
 * class path), bound to 127.0.0.1 only. Closing stops the server, then the container.
 *
 * <p>{@code main} reads the port from the system property {@value #PORT} (default
 * {@value #DEFAULT_PORT}; 0 picks a free port) and serves until the JVM is stopped.
 */
public final class InferenceServer implements AutoCloseable {

    /** System property: the port to listen on; 0 picks a free one. */
    public static final String PORT = "examples.service.port";

    /** The port when {@value #PORT} is not set. */
    public static final int DEFAULT_PORT = 8080;

    /** The only address the server binds to. */
    public static final String HOST = "127.0.0.1";

    private static final long START_SECONDS = 60;

    private final WeldContainer container;
    private final SeBootstrap.Instance instance;
    private final URI uri;

    private InferenceServer(WeldContainer container, SeBootstrap.Instance instance, URI uri) {
        this.container = container;
        this.instance = instance;
        this.uri = uri;
    }

    /** Starts the service on 127.0.0.1 and a port (0: a free one), with bean discovery on the class path. */
    public static InferenceServer start(int port) {
        return start(port, new Weld());
    }

    /**
     * Starts the service with a prepared Weld, for example one that adds bean classes.
     *
     * @throws IllegalStateException when the container or the server cannot start, with the cause
     */
    public static InferenceServer start(int port, Weld weld) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(PORT + " must be between 0 and 65535, got " + port);
        }
        // the server closes the container itself, after the HTTP server: no second shutdown hook
        WeldContainer container = weld.property("org.jboss.weld.se.shutdownHook", false).initialize();
        try {
            SeBootstrap.Configuration configuration = SeBootstrap.Configuration.builder()
                    .protocol("HTTP").host(HOST).port(port).rootPath("/").build();
            SeBootstrap.Instance instance = SeBootstrap.start(new ServiceApplication(), configuration)
                    .toCompletableFuture().get(START_SECONDS, TimeUnit.SECONDS);
            int bound = instance.configuration().port();
            return new InferenceServer(container, instance, URI.create("http://" + HOST + ":" + bound + "/"));
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            container.close();
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw new IllegalStateException("The service could not start on " + HOST + ":" + port + ": " + cause, cause);
        } catch (InterruptedException e) {
            container.close();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting the service on " + HOST + ":" + port, e);
        }
    }

    /** The base URI, such as {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        return uri;
    }

    /** The port the server listens on. */
    public int port() {
        return uri.getPort();
    }

    /** The CDI container the service runs in. */
    public WeldContainer container() {
        return container;
    }

    /** Stops the HTTP server, then the CDI container. */
    @Override
    public void close() {
        try {
            instance.stop().toCompletableFuture().get(START_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The service on " + uri + " did not stop: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            container.close();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        StartupLogging.quiet();
        int port = Integer.getInteger(PORT, DEFAULT_PORT);
        InferenceServer server = start(port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "inference-server-shutdown"));
        printBanner(server.uri(), System.out);
        stopped.await();
    }

    static void printBanner(URI uri, PrintStream out) {
        out.println("cached-inference service on " + uri + " (Ctrl+C stops it)");
        out.println("  POST   " + uri + "v1/models/{tiny-cnn|camera}/infer   JSON float array or little-endian float32");
        out.println("  GET    " + uri + "v1/search?q=手机壳");
        out.println("  GET    " + uri + "v1/cache/stats");
        out.println("  DELETE " + uri + "v1/cache/{tiny-cnn|camera|search}");
    }
}
