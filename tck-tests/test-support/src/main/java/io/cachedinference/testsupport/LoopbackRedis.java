package io.cachedinference.testsupport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import redis.embedded.RedisServer;

/**
 * A real {@code redis-server} (6.2, from the embedded-redis jar) started by the tests on 127.0.0.1 and a
 * free port, protected mode on, nothing saved to disk. A module that uses it adds
 * {@code com.github.codemonstur:embedded-redis} and Awaitility to its test dependencies. Where the jar has no binary for this OS and
 * architecture, or it cannot run, {@link #start} aborts the calling test with the reason, so it is
 * reported as skipped. {@link #startTls} starts one that speaks only TLS.
 */
public final class LoopbackRedis implements AutoCloseable {

    private static LoopbackRedis shared;

    private final int port;
    private final boolean tls;
    private final List<String> settings;
    private RedisServer server;

    private LoopbackRedis(int port, boolean tls, List<String> settings) {
        this.port = port;
        this.tls = tls;
        this.settings = List.copyOf(settings);
    }

    /** The server the kit's containers share, started on first use and stopped when the JVM exits. */
    public static synchronized LoopbackRedis shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    /** A server of its own on a free port, with extra {@code redis.conf} lines such as {@code requirepass x}. */
    public static LoopbackRedis start(String... extraSettings) {
        LoopbackRedis redis = new LoopbackRedis(freePort(), false, defaults(extraSettings));
        redis.startServer();
        return redis;
    }

    /**
     * A server of its own that speaks only TLS, on a free port ({@link #address()} is
     * {@code rediss://127.0.0.1:<port>}; no plain port is open), with the server's certificate and
     * private key and the authority's certificate, PEM files, by which it checks client certificates.
     *
     * @param authClients whether a client must present a certificate the authority signed
     *                    ({@code tls-auth-clients yes}), or may present none ({@code no})
     */
    public static LoopbackRedis startTls(Path certificate, Path privateKey, Path authority, boolean authClients,
            String... extraSettings) {
        int port = freePort();
        List<String> settings = defaults(extraSettings);
        settings.addAll(List.of("tls-port " + port, "tls-cert-file " + quoted(certificate),
                "tls-key-file " + quoted(privateKey), "tls-ca-cert-file " + quoted(authority),
                "tls-auth-clients " + (authClients ? "yes" : "no")));
        LoopbackRedis redis = new LoopbackRedis(port, true, settings);
        redis.startServer();
        return redis;
    }

    private static List<String> defaults(String... extraSettings) {
        List<String> settings = new ArrayList<>(List.of("protected-mode yes", "save \"\"", "appendonly no",
                // what the module's README asks of a server that holds caches: bounded, evicting any key
                "maxmemory 64mb", "maxmemory-policy allkeys-lru"));
        settings.addAll(List.of(extraSettings));
        return settings;
    }

    private static String quoted(Path file) {
        return "\"" + file.toAbsolutePath().toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** {@code redis://127.0.0.1:<port>}, or {@code rediss://} for a {@linkplain #startTls TLS} server. */
    public String address() {
        return (tls ? "rediss" : "redis") + "://127.0.0.1:" + port;
    }

    /** The port the server listens on: its TLS port for a {@linkplain #startTls TLS} server. */
    public int port() {
        return port;
    }

    /** Kills the server at once (SIGKILL), as a crash would, and returns once its port refuses connections. */
    public void kill() {
        try {
            server.stop();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // SIGKILL is delivered asynchronously: the process may still answer for a moment
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(5)).until(this::refused);
    }

    private boolean refused() {
        try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** Starts the server again on the same port, empty. */
    public void restart() {
        startServer();
    }

    @Override
    public void close() {
        if (server != null && server.isActive()) {
            kill();
        }
    }

    private void startServer() {
        String platform = System.getProperty("os.name") + "/" + System.getProperty("os.arch");
        try {
            // a TLS server's plain port is 0: none, as --port overrides the lines of its redis.conf
            var builder = RedisServer.newRedisServer().port(tls ? 0 : port).bind("127.0.0.1").onShutdownForceStop(true)
                    .soutListener(line -> { }).serrListener(line -> { });
            settings.forEach(builder::setting);
            server = builder.build();
            server.start();
        } catch (IOException | RuntimeException e) {
            assumeTrue(false, "no Redis server for the Redis tests: embedded-redis cannot start redis-server on "
                    + platform + " (" + e + ")");
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
