package io.cachedinference.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.cachedinference.tck.DeploymentProblems;
import io.cachedinference.tck.KitContainer;
import io.cachedinference.tck.beans.ScoringModel;
import io.cachedinference.testsupport.CapturedLog;
import io.cachedinference.testsupport.LoopbackRedis;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rediss://} against a redis-server that speaks only TLS, with certificates made for the test: the
 * client trusts a private authority through {@code trust-store}, and presents its certificate through
 * {@code key-store} where the server asks for one; without them, deployment fails saying which key fixes it.
 */
final class RedisTlsTest {

    private static final String TRUST_STORE = "cached-inference.redis.trust-store";
    private static final String KEY_STORE = "cached-inference.redis.key-store";

    @TempDir
    static Path dir;

    private static TestCertificates certificates;
    private static LoopbackRedis redis;
    private static LoopbackRedis clientsAuthenticated;
    private static LoopbackRedis misnamed;

    @BeforeAll
    static void servers() {
        certificates = TestCertificates.create(dir);
        redis = LoopbackRedis.startTls(certificates.serverCertificate(), certificates.serverKey(),
                certificates.clientCertificate(), false);
        clientsAuthenticated = LoopbackRedis.startTls(certificates.serverCertificate(), certificates.serverKey(),
                certificates.clientCertificate(), true);
        misnamed = LoopbackRedis.startTls(certificates.misnamed(), certificates.misnamedKey(),
                certificates.clientCertificate(), false);
    }

    @AfterAll
    static void stop() {
        if (redis != null) {
            redis.close();
        }
        if (clientsAuthenticated != null) {
            clientsAuthenticated.close();
        }
        if (misnamed != null) {
            misnamed.close();
        }
    }

    @Test
    void serverTrustedThroughTrustStore_deploys_missThenHit() {
        assertThat(redis.address()).isEqualTo("rediss://127.0.0.1:" + redis.port());
        try (KitContainer c = KitContainer.start(new RedisFixture(redis), trusting(), ScoringModel.class)) {
            ScoringModel model = c.select(ScoringModel.class);
            model.negate(new float[] {1});

            assertThat(model.negate(new float[] {1})).containsExactly(-1);
            assertThat(model.runs()).isEqualTo(1);
        }
    }

    @Test
    void tlsServer_hasNoPlainPort_andItsTlsPortAnswersNoPlainText() throws Exception {
        assertThat(overTls(redis.port(), "*3\r\n$6\r\nCONFIG\r\n$3\r\nGET\r\n$4\r\nport\r\n"))
                .as("CONFIG GET port, over TLS").isEqualTo("*2\r\n$4\r\nport\r\n$1\r\n0\r\n");
        assertThat(plainPing(redis.port())).as("the answer to a plain-text PING").doesNotContain("PONG");
    }

    @Test
    void killedTlsServer_refusesConnections_andRestartsOnTheSamePort() throws Exception {
        LoopbackRedis own = LoopbackRedis.startTls(certificates.serverCertificate(), certificates.serverKey(),
                certificates.clientCertificate(), false);
        try (own) {
            own.kill();

            assertThat(catchThrowable(() -> new Socket(InetAddress.getLoopbackAddress(), own.port()).close()))
                    .as("connecting to the killed server's TLS port").isInstanceOf(ConnectException.class);
            own.restart();
            assertThat(overTls(own.port(), "*1\r\n$4\r\nPING\r\n")).isEqualTo("+PONG\r\n");
        }
    }

    @Test
    void noTrustStore_failsDeployment_namingTheAddress_andTheTrustStoreKey() {
        Throwable failure = failedDeployment(redis, Map.of());

        assertThat(DeploymentProblems.withId(DeploymentProblems.flatten(failure), "CI-111")).singleElement()
                .extracting(Throwable::getMessage).asString()
                .contains("Cannot connect to Redis at " + redis.address())
                .contains("The TLS handshake failed").contains(TRUST_STORE);
    }

    @Test
    void trustedCertificate_namingAnotherHost_failsDeployment_asHostnameVerificationIsOn() {
        Throwable failure = failedDeployment(misnamed, Map.of(TRUST_STORE, certificates.misnamedTrust().toString(),
                "cached-inference.redis.trust-store-password", TestCertificates.PASSWORD));

        assertThat(DeploymentProblems.withId(DeploymentProblems.flatten(failure), "CI-111")).singleElement()
                .extracting(Throwable::getMessage).asString()
                .contains("Cannot connect to Redis at " + misnamed.address())
                .contains("No subject alternative names matching IP address 127.0.0.1")
                .contains("The TLS handshake failed")
                .contains("must name the address's host");
    }

    @Test
    void serverThatAuthenticatesClients_acceptsTheKeyStoresCertificate() {
        Map<String, String> config = new HashMap<>(trusting());
        config.put(KEY_STORE, certificates.clientKeyStore().toString());
        config.put("cached-inference.redis.key-store-password", TestCertificates.PASSWORD);
        try (KitContainer c = KitContainer.start(new RedisFixture(clientsAuthenticated), config,
                ScoringModel.class)) {
            ScoringModel model = c.select(ScoringModel.class);
            model.negate(new float[] {2});
            model.negate(new float[] {2});

            assertThat(model.runs()).isEqualTo(1);
        }
    }

    @Test
    void serverThatAuthenticatesClients_withoutKeyStore_failsDeployment_namingTheKeyStoreKey_neverAPassword() {
        Throwable failure = failedDeployment(clientsAuthenticated, trusting());

        assertThat(DeploymentProblems.withId(DeploymentProblems.flatten(failure), "CI-111")).singleElement()
                .extracting(Throwable::getMessage).asString()
                .contains("Cannot connect to Redis at " + clientsAuthenticated.address())
                .contains(KEY_STORE);
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        assertThat(trace.toString()).as("the failure with every cause").doesNotContain(TestCertificates.PASSWORD);
    }

    private static Map<String, String> trusting() {
        return Map.of(TRUST_STORE, certificates.trustStore().toString(),
                "cached-inference.redis.trust-store-password", TestCertificates.PASSWORD);
    }

    /** Deploys, expecting a failure; Redisson's and Netty's log lines about it are captured, not printed. */
    private static Throwable failedDeployment(LoopbackRedis server, Map<String, String> config) {
        try (CapturedLog redisson = CapturedLog.of("org.redisson"); CapturedLog netty = CapturedLog.of("io.netty")) {
            Throwable failure = catchThrowable(() -> KitContainer.start(new RedisFixture(server), config,
                    ScoringModel.class).close());
            assertThat(failure).as("deployment's failure").isNotNull();
            List<String> logged = Stream.concat(redisson.records().stream(), netty.records().stream())
                    .map(r -> r.getMessage() + r.getThrown()).toList();
            assertThat(logged).noneMatch(m -> m.contains(TestCertificates.PASSWORD));
            return failure;
        }
    }

    /** The answer to one RESP command over TLS (a simple reply or a two-item array), trusting the test's store. */
    private static String overTls(int port, String command) throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(certificates.trustStore())) {
            trusted.load(in, TestCertificates.PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(InetAddress.getLoopbackAddress(),
                port)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(command.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            byte[] answer = new byte[64];
            int read = 0;
            // read until the reply is whole: one line, or the five of a two-item array such as CONFIG GET port
            while (read < answer.length) {
                int n = socket.getInputStream().read(answer, read, answer.length - read);
                if (n < 0) {
                    break;
                }
                read += n;
                String text = new String(answer, 0, read, StandardCharsets.US_ASCII);
                if (text.endsWith("\r\n") && (!text.startsWith("*") || text.split("\r\n").length >= 5)) {
                    break;
                }
            }
            return new String(answer, 0, read, StandardCharsets.US_ASCII);
        }
    }

    /** What the port answers to {@code PING} in plain text, until it closes the connection or 5 s pass. */
    private static String plainPing(int port) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            StringBuilder answer = new StringBuilder();
            try {
                for (int b = in.read(); b != -1 && answer.length() < 100; b = in.read()) {
                    answer.append((char) b);
                }
            } catch (IOException e) {
                answer.append("(").append(e.getMessage()).append(")");
            }
            return answer.toString();
        }
    }
}
