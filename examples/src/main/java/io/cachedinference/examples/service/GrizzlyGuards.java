package io.cachedinference.examples.service;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.glassfish.grizzly.filterchain.Filter;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpHandlerRegistration;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.glassfish.grizzly.http.server.ServerConfiguration;

/**
 * What the Weld SE launcher sets on Grizzly, the HTTP server Jersey runs on there, so that hostile
 * requests get bounded, JSON answers; an application server has its own settings for these.
 *
 * <ul>
 *   <li>Before start, Jersey's handler is wrapped by {@link UriCheck}: a request line or
 *       {@code Host} that is not a valid URI (a bad escape such as {@code %ZZ}, a raw {@code |} in
 *       the path) makes Jersey's container throw before any JAX-RS code runs, which Grizzly would
 *       answer with a 500 HTML page and a stack trace; it becomes 400 {@code invalid-uri} in the
 *       service's JSON error shape.</li>
 *   <li>After start, the blocking read timeout of the transport is the body timeout, so a body
 *       that stalls fails within it (the default is 30 s per read), and the HTTP filter swallows
 *       at most {@value #REMAINDER_TO_SKIP} bytes of a body a response left unread (say, a 404 for an
 *       unknown model), closing the connection beyond that instead of reading the rest.</li>
 * </ul>
 */
final class GrizzlyGuards {

    static final long REMAINDER_TO_SKIP = 64 * 1024;

    private GrizzlyGuards() {
    }

    /** Wraps the handlers of a server not yet started. */
    static void beforeStart(HttpServer server) {
        ServerConfiguration configuration = server.getServerConfiguration();
        for (Map.Entry<HttpHandler, HttpHandlerRegistration[]> handler
                : Map.copyOf(configuration.getHttpHandlersWithMapping()).entrySet()) {
            configuration.removeHttpHandler(handler.getKey());
            configuration.addHttpHandler(new UriCheck(handler.getKey()), handler.getValue());
        }
    }

    /** Sets the read timeout and the remainder to skip on every listener of a started server. */
    static void afterStart(HttpServer server, Duration bodyTimeout) {
        for (NetworkListener listener : server.getListeners()) {
            listener.getTransport().setReadTimeout(bodyTimeout.toMillis(), TimeUnit.MILLISECONDS);
            for (Filter filter : listener.getFilterChain()) {
                if (filter instanceof HttpServerFilter) {
                    ((HttpServerFilter) filter).setMaxPayloadRemainderToSkip(REMAINDER_TO_SKIP);
                }
            }
        }
    }

    /** Answers 400 {@code invalid-uri} where the wrapped handler cannot build the request's URI. */
    static final class UriCheck extends HttpHandler {

        private final HttpHandler next;

        UriCheck(HttpHandler next) {
            super(next.getName());
            this.next = next;
        }

        @Override
        public void service(Request request, Response response) throws Exception {
            try {
                next.service(request, response);
            } catch (IllegalArgumentException e) {
                if (!(e.getCause() instanceof URISyntaxException) || response.isCommitted()) {
                    throw e;
                }
                invalidUri(response, (URISyntaxException) e.getCause());
            }
        }

        @Override
        public void start() {
            next.start();
        }

        @Override
        public void destroy() {
            next.destroy();
        }

        private static void invalidUri(Response response, URISyntaxException e) throws IOException {
            String reason = TensorBodies.quote(e.getReason(), 200);
            JsonObjectBuilder body = Json.createObjectBuilder()
                    .add("error", "The request is not a valid URI: " + reason + " at index " + e.getIndex()
                            + "; percent-encode the path and the query")
                    .add("code", "invalid-uri").add("status", 400).add("reason", reason).add("index", e.getIndex());
            byte[] bytes = body.build().toString().getBytes(StandardCharsets.UTF_8);
            response.setStatus(400);
            response.setContentType("application/json");
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        }
    }
}
