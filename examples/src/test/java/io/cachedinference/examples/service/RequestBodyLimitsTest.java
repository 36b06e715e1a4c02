package io.cachedinference.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.examples.model.CpuModel;
import io.cachedinference.examples.model.TinyConvNet;
import io.cachedinference.examples.service.RawHttp.Response;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Request bodies are bounded while they are read: over the limit is 413 naming it, closing the
 * connection, and the service goes on serving ({@link StalledBodyTest} has the timeout). Regression: the service read
 * any body in full before refusing it (a streamed 1 GB body grew the process from 178 MB to 2.6 GB).
 */
final class RequestBodyLimitsTest {

    private static final String INFER = "/v1/models/" + CpuModel.NAME + "/infer";
    private static final long STREAMED = 1L << 30;
    private static final int CHUNK = 64 * 1024;

    private static InferenceServer server;
    private static long binaryLimit;
    private static long jsonLimit;

    @BeforeAll
    static void start() {
        server = InferenceServer.start(0);
        binaryLimit = ServiceSettings.defaults().maxBodyBytes(TinyConvNet.INPUT_LENGTH);
        jsonLimit = ServiceSettings.defaults().maxJsonBodyBytes(TinyConvNet.INPUT_LENGTH);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void defaultLimits_areALittleAboveTheLargestModelsInput() {
        assertThat(binaryLimit).isEqualTo(655_360).isGreaterThan(TinyConvNet.INPUT_LENGTH * 4L);
        assertThat(jsonLimit).isEqualTo(3_670_016);
    }

    @Test
    void aBodyOfExactlyTheLimit_isRead_butOneByteMore_is413() throws IOException {
        try (RawHttp http = new RawHttp(server.port(), Duration.ofSeconds(30))) {
            Response atLimit = http.exchange(octetStream(new byte[(int) binaryLimit]));
            Response overLimit = http.exchange(octetStream(new byte[(int) binaryLimit + 1]));

            assertThat(atLimit.status()).isEqualTo(400);
            assertThat(atLimit.json().getString("code")).isEqualTo("wrong-length");
            assertThat(overLimit.status()).isEqualTo(413);
            assertThat(overLimit.json().getString("code")).isEqualTo("body-too-large");
        }
    }

    @Test
    void declaredLengthOverTheLimit_is413AtOnce_withoutReadingTheBody() throws IOException {
        try (RawHttp http = new RawHttp(server.port(), Duration.ofSeconds(30))) {
            String head = "POST " + INFER + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/octet-stream\r\n"
                    + "Content-Length: " + STREAMED + "\r\n\r\n";

            Response reply = http.exchange(head.getBytes(StandardCharsets.US_ASCII));

            assertTooLarge(reply, binaryLimit, ServiceSettings.MAX_BODY_BYTES);
            assertThat(reply.json().getJsonNumber("declaredBytes").longValue()).isEqualTo(STREAMED);
        }
        assertServesTheNextRequest();
    }

    @Test
    void endlessChunkedBinaryBody_is413AfterTheLimit_theHeapStaysFlat_andTheNextRequestIsServed() throws Exception {
        long before = usedHeap();
        resetPeakHeap();

        Streamed streamed = stream("application/octet-stream", new byte[0], new byte[CHUNK]);

        long peak = peakHeap();
        long after = usedHeap();
        System.out.printf("RequestBodyLimitsTest: a chunked octet-stream body of up to %d MiB: %.1f MiB written before"
                + " the 413; used heap %.1f MiB before, at most %.1f MiB during, %.1f MiB after%n", STREAMED >> 20,
                streamed.sent / 1048576.0, before / 1048576.0, peak / 1048576.0, after / 1048576.0);
        assertTooLarge(streamed.reply, binaryLimit, ServiceSettings.MAX_BODY_BYTES);
        assertThat(streamed.sent).as("bytes the server let in before closing").isLessThan(STREAMED / 16);
        assertThat(peak - before).as("heap growth while the body streamed").isLessThan(64L << 20);
        assertThat(after - before).as("heap growth after").isLessThan(16L << 20);
        assertServesTheNextRequest();
    }

    @Test
    void endlessChunkedJsonBody_is413AfterTheJsonLimit() throws Exception {
        // "[" then "0,0,0,..." for ever: valid JSON as far as it goes
        byte[] chunk = "0,".repeat(CHUNK / 2).getBytes(StandardCharsets.US_ASCII);

        Streamed streamed = stream("application/json", "[".getBytes(StandardCharsets.US_ASCII), chunk);

        assertTooLarge(streamed.reply, jsonLimit, ServiceSettings.MAX_JSON_BODY_BYTES);
        assertServesTheNextRequest();
    }

    private static void assertTooLarge(Response reply, long limit, String setting) {
        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.header("content-type")).startsWith("application/json");
        assertThat(reply.closesConnection()).as("Connection: close").isTrue();
        JsonObject error = reply.json();
        assertThat(error.getString("code")).isEqualTo("body-too-large");
        assertThat(error.getInt("status")).isEqualTo(413);
        assertThat(error.getString("error")).contains("at most " + limit + " bytes", setting);
        assertThat(error.getJsonNumber("limitBytes").longValue()).isEqualTo(limit);
        assertThat(error.getString("setting")).isEqualTo(setting);
    }

    private static void assertServesTheNextRequest() {
        ServiceHttp.Reply next = new ServiceHttp(server.uri()).postBytes(INFER.substring(1),
                ServiceHttp.littleEndian(InferenceEndpointTest.tensor(40)));
        assertThat(next.status()).isEqualTo(200);
        assertThat(next.json().getJsonArray("output")).hasSize(TinyConvNet.CLASSES);
    }

    /** What streaming an endless body gave: the answer, and how many body bytes got out before it. */
    private record Streamed(Response reply, long sent) {
    }

    /** Streams chunks of a body until the server stops taking them (or {@link #STREAMED} bytes), reading the answer meanwhile. */
    private static Streamed stream(String contentType, byte[] first, byte[] chunk) throws Exception {
        try (RawHttp http = new RawHttp(server.port(), Duration.ofSeconds(60))) {
            OutputStream out = http.output();
            out.write(("POST " + INFER + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + contentType
                    + "\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            CompletableFuture<Long> writer = CompletableFuture.supplyAsync(() -> {
                long sent = 0;
                byte[] size = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                try {
                    if (first.length > 0) {
                        out.write((Integer.toHexString(first.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(first);
                        out.write('\r');
                        out.write('\n');
                    }
                    while (sent < STREAMED) {
                        out.write(size);
                        out.write(chunk);
                        out.write('\r');
                        out.write('\n');
                        sent += chunk.length;
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                } catch (IOException e) {
                    // the server closed the connection: what the test expects
                }
                return sent;
            });
            Response reply = http.read();
            return new Streamed(reply, writer.get(60, TimeUnit.SECONDS));
        }
    }

    private static byte[] octetStream(byte[] body) {
        return RawHttp.request("POST", INFER, Map.of("Content-Type", "application/octet-stream"), body);
    }

    private static void resetPeakHeap() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The heap pools' peaks since the reset, added up: at least the heap's peak. */
    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static long usedHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
