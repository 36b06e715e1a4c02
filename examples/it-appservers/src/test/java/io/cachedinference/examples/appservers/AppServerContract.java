package io.cachedinference.examples.appservers;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.examples.appservers.ServiceClient.Reply;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * What the example WAR must do on every server and configuration: equal requests hit, the provider
 * in use is the one the server and configuration choose, and malformed requests are 400s. Each
 * subclass names one server, one configuration (system properties of the server's JVM, never a
 * different WAR) and the JCache provider that must result.
 *
 * <p>The server starts once per class and is stopped after it, also when a test or the start fails;
 * a failing test prints the server log's last lines.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AppServerContract {

    static final String EHCACHE = "org.ehcache.jsr107.EhcacheCachingProvider";
    static final String CAFFEINE = "com.github.benmanes.caffeine.jcache.spi.CaffeineCachingProvider";
    /** Payara's own provider, bound in JNDI as payara/CachingProvider; not the client provider. */
    static final String PAYARA_HAZELCAST = "com.hazelcast.cache.impl.HazelcastServerCachingProvider";

    private AppServer server;
    private ServiceClient client;

    @RegisterExtension
    final TestWatcher logOnFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (server != null) {
                System.out.println("--- " + context.getDisplayName() + " failed on " + server + "; last 60 lines of"
                        + " its log ---\n" + server.logTail(60));
            }
        }
    };

    /** The server and configuration under test, not started. */
    abstract AppServer server();

    /** The class name of the JCache provider the application must report. */
    abstract String expectedProvider();

    /** The client of the started server. */
    final ServiceClient client() {
        return client;
    }

    @BeforeAll
    final void start() {
        server = server();
        server.start();
        client = new ServiceClient(server.baseUri());
    }

    /** Stops what the configuration needs besides the server (a Redis server, say), once the server is down. */
    void afterServerStopped() {
    }

    @AfterAll
    final void stop() {
        try {
            if (server != null) {
                server.close();
                assertThat(server.process().alive()).as("%s still running after close", server).isFalse();
            }
        } finally {
            afterServerStopped();
        }
    }

    @Test
    void statistics_nameTheProviderThatTheServerAndConfigurationChoose() {
        JsonObject stats = client.stats();

        assertThat(stats.getString("provider")).isEqualTo(expectedProvider());
        assertThat(stats.getJsonObject("caches").keySet()).containsExactly("camera", "camera-exact", "onnx-cnn", "search", "selected",
                "tiny-cnn");
    }

    @Test
    void listensOnLoopbackOnly_includingThePortItServesOn() throws Exception {
        Assumptions.assumeTrue(Sockets.readable(), "listing a process's sockets needs Linux's /proc");

        List<Sockets.Listener> listeners = Sockets.listeners(server.process().processes());

        assertThat(listeners).extracting(Sockets.Listener::port).contains(server.baseUri().getPort());
        assertThat(listeners).allSatisfy(l -> assertThat(l.address().isLoopbackAddress())
                .as("%s listens on %s", server, l).isTrue());
    }

    @Test
    void sameInferenceTwice_secondIsAHit_withTheSameAnswer() {
        float[] tensor = ServiceClient.tensor(getClass().getName().hashCode());
        long hits = client.counter("tiny-cnn", "hits");
        long misses = client.counter("tiny-cnn", "misses");

        Reply first = client.infer(tensor);
        Reply second = client.infer(tensor);

        assertThat(first.status()).as("%s", first).isEqualTo(200);
        assertThat(second.status()).as("%s", second).isEqualTo(200);
        assertThat(first.json().getString("cache")).isEqualTo("miss");
        assertThat(second.json().getString("cache")).isEqualTo("hit");
        assertThat(second.json().getJsonArray("output")).isEqualTo(first.json().getJsonArray("output"));
        assertThat(client.counter("tiny-cnn", "hits")).isEqualTo(hits + 1);
        assertThat(client.counter("tiny-cnn", "misses")).isEqualTo(misses + 1);
        assertThat(client.counter("tiny-cnn", "errors")).isZero();
    }

    /** The search result is an application record: a provider that stores by value must deserialize it. */
    @Test
    void sameSearchTwice_secondIsAHit_evenWhenTheResultIsAnApplicationClass() {
        long hits = client.counter("search", "hits");

        Reply first = client.search("蓝牙耳机");
        Reply second = client.search(" 蓝牙耳机 ");

        assertThat(first.status()).as("%s", first).isEqualTo(200);
        assertThat(first.json().getString("cache")).isEqualTo("miss");
        assertThat(second.json().getString("cache")).isEqualTo("hit");
        assertThat(second.json().getJsonArray("results")).isEqualTo(first.json().getJsonArray("results"));
        assertThat(client.counter("search", "hits")).isEqualTo(hits + 1);
        assertThat(client.counter("search", "errors")).isZero();
    }

    @Test
    void malformedRequests_are400_namingTheProblem_andRunNoModel() {
        long misses = client.counter("tiny-cnn", "misses");

        Reply wrongLength = client.inferJson("[1,2,3]");
        Reply notJson = client.inferJson("[1,");
        Reply blankQuery = client.search("   ");

        assertThat(wrongLength.status()).as("%s", wrongLength).isEqualTo(400);
        assertThat(wrongLength.json().getString("code")).isEqualTo("wrong-length");
        assertThat(notJson.status()).as("%s", notJson).isEqualTo(400);
        assertThat(notJson.json().getString("code")).isEqualTo("invalid-json");
        assertThat(blankQuery.status()).as("%s", blankQuery).isEqualTo(400);
        assertThat(blankQuery.json().getString("code")).isEqualTo("blank-query");
        assertThat(client.counter("tiny-cnn", "misses")).isEqualTo(misses);
    }
}
