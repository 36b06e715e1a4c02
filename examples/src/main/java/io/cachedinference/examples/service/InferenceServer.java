package io.cachedinference.examples.service;

import io.cachedinference.api.InferenceCaches;
import jakarta.ws.rs.SeBootstrap;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.glassfish.grizzly.http.server.HttpServer;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * Runs the service on Weld SE: starts the CDI container, then the JAX-RS application through the
 * standard {@link SeBootstrap} API (Jersey on Grizzly and Jersey's CDI integration are found on the
 * class path), bound to 127.0.0.1 only, with {@link GrizzlyGuards} applied. Closing stops the
 * server, then the container.
 *
 * <p>{@code main} reads the port from the system property {@value #PORT} (default
 * {@value #DEFAULT_PORT}; 0 picks a free port) and the {@link ServiceSettings} from theirs, and
 * serves until its JVM stops: Ctrl+C or {@code kill -TERM} run the shutdown hook, which stops the
 * server and prints {@value #STOPPED}. {@code -Pservice} runs it inside Maven's own JVM
 * ({@code exec:java}), so stopping Maven stops the service; there is no child process to leave behind.
 */
public final class InferenceServer implements AutoCloseable {

    /** System property: the port to listen on; 0 picks a free one. */
    public static final String PORT = "examples.service.port";

    /** The port when {@value #PORT} is not set. */
    public static final int DEFAULT_PORT = 8080;

    /** The only address the server binds to. */
    public static final String HOST = "127.0.0.1";

    /** What {@code main} prints when its shutdown hook has stopped the service. */
    public static final String STOPPED = "cached-inference service stopped";

    private static final long START_SECONDS = 60;
    private static final String AUTO_START = "jersey.config.server.bootstrap.webserver.autostart";

    private final WeldContainer container;
    private final SeBootstrap.Instance instance;
    private final URI uri;
    private final ServiceSettings settings;

    private InferenceServer(WeldContainer container, SeBootstrap.Instance instance, URI uri, ServiceSettings settings) {
        this.container = container;
        this.instance = instance;
        this.uri = uri;
        this.settings = settings;
    }

    /** Starts the service on 127.0.0.1 and a port (0: a free one), with bean discovery on the class path. */
    public static InferenceServer start(int port) {
        return start(port, new Weld());
    }

    /** Starts the service with a prepared Weld, for example one that adds bean classes, and default settings. */
    public static InferenceServer start(int port, Weld weld) {
        return start(port, weld, ServiceSettings.defaults());
    }

    /**
     * Starts the service with a prepared Weld and settings.
     *
     * @throws IllegalStateException when the container or the server cannot start, with the cause
     */
    public static InferenceServer start(int port, Weld weld, ServiceSettings settings) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(PORT + " must be between 0 and 65535, got " + port);
        }
        // the server closes the container itself, after the HTTP server: no second shutdown hook
        WeldContainer container = weld.property("org.jboss.weld.se.shutdownHook", false).initialize();
        SeBootstrap.Instance instance = null;
        try {
            SeBootstrap.Configuration configuration = SeBootstrap.Configuration.builder()
                    .protocol("HTTP").host(HOST).port(port).rootPath("/").property(AUTO_START, false).build();
            instance = SeBootstrap.start(new ServiceApplication(settings), configuration)
                    .toCompletableFuture().get(START_SECONDS, TimeUnit.SECONDS);
            HttpServer grizzly = instance.unwrap(HttpServer.class);
            GrizzlyGuards.beforeStart(grizzly);
            grizzly.start();
            GrizzlyGuards.afterStart(grizzly, settings.bodyTimeout());
            int bound = grizzly.getListeners().iterator().next().getPort();
            return new InferenceServer(container, instance, URI.create("http://" + HOST + ":" + bound + "/"), settings);
        } catch (ExecutionException | TimeoutException | IOException | RuntimeException e) {
            stopQuietly(instance);
            container.close();
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw new IllegalStateException("The service could not start on " + HOST + ":" + port + ": " + cause, cause);
        } catch (InterruptedException e) {
            stopQuietly(instance);
            container.close();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting the service on " + HOST + ":" + port, e);
        }
    }

    private static void stopQuietly(SeBootstrap.Instance instance) {
        if (instance != null) {
            try {
                instance.unwrap(HttpServer.class).shutdownNow();
            } catch (RuntimeException e) {
                // the start already failed; that failure is what the caller sees
            }
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

    /** Prints the endpoints, every model and cache the container has, and the body limits. */
    public void printBanner(PrintStream out) {
        ModelRegistry models = container.select(ModelRegistry.class).get();
        InferenceCaches caches = container.select(InferenceCaches.class).get();
        printBanner(uri, models.names(), caches.statistics().keySet(), settings.maxBodyBytes(models.largestInput()),
                settings.maxJsonBodyBytes(models.largestInput()), settings, out);
    }

    static void printBanner(URI uri, Collection<String> models, Collection<String> caches, long maxBody, long maxJson,
            ServiceSettings settings, PrintStream out) {
        out.println("cached-inference service on " + uri + " (Ctrl+C, or kill -TERM of this process, stops it)");
        out.println("  POST   " + uri + "v1/models/" + alternatives(models) + "/infer   JSON float array or little-endian float32");
        out.println("  GET    " + uri + "v1/models/" + alternatives(models) + "/sample  a sample input, little-endian float32");
        out.println("  GET    " + uri + "v1/search?q=手机壳");
        out.println("  GET    " + uri + "v1/cache/stats");
        out.println("  DELETE " + uri + "v1/cache/" + alternatives(caches) + "   entries and statistics");
        out.println("  bodies: at most " + maxBody + " bytes of octet-stream (" + ServiceSettings.MAX_BODY_BYTES + "), "
                + maxJson + " of JSON (" + ServiceSettings.MAX_JSON_BODY_BYTES + "), within " + settings.bodyTimeout()
                + " (" + ServiceSettings.BODY_TIMEOUT + ")");
    }

    private static String alternatives(Collection<String> names) {
        return "{" + String.join("|", List.copyOf(names)) + "}";
    }

    public static void main(String[] args) throws InterruptedException {
        StartupLogging.quiet();
        ProviderDefaults.applyTo(System.getProperties());
        int port = Integer.getInteger(PORT, DEFAULT_PORT);
        InferenceServer server = start(port, new Weld(), ServiceSettings.fromSystemProperties());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            System.out.println(STOPPED);
            stopped.countDown();
        }, "inference-server-shutdown"));
        server.printBanner(System.out);
        stopped.await();
    }
}
