package io.cachedinference.examples.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The byte limit and the deadline of a request body, on a controlled clock and stream. */
final class BoundedBodyTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    private final AtomicLong now = new AtomicLong();

    @Test
    void underTheLimit_readsEverything_andHasNoFailure() throws IOException {
        BoundedBody body = open(new ByteArrayInputStream(new byte[100]), -1, 100);

        assertThat(body.readAllBytes()).hasSize(100);
        assertThat(body.failure()).isNull();
    }

    @Test
    void overTheLimit_failsOneBytePastIt_neverAsksTheStreamForMore_andReports413() {
        CountingStream endless = new CountingStream();
        BoundedBody body = open(endless, -1, 1000);

        assertThatThrownBy(body::readAllBytes).isInstanceOf(IOException.class);

        assertThat(endless.served).isEqualTo(1001);
        ApiException failure = body.failure();
        assertThat(failure.status().getStatusCode()).isEqualTo(413);
        assertThat(failure.code()).isEqualTo("body-too-large");
        assertThat(failure.closesConnection()).isTrue();
        assertThat(failure.getMessage()).contains("more than 1000 bytes", "at most 1000 bytes", "test.limit");
        assertThat(failure.details()).containsEntry("limitBytes", 1000L).containsEntry("setting", "test.limit");
    }

    @Test
    void declaredLengthOverTheLimit_isRefusedBeforeAnyRead() {
        CountingStream endless = new CountingStream();

        assertThatThrownBy(() -> open(endless, 5000, 1000)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status().getStatusCode()).isEqualTo(413);
            assertThat(e.getMessage()).contains("declares 5000 bytes");
            assertThat(e.details()).containsEntry("declaredBytes", 5000L);
        });
        assertThat(endless.served).isZero();
    }

    @Test
    void aTricklingBody_failsAtTheFirstReadPastTheDeadline_with408() throws IOException {
        // one byte per read, 300 ms apart: the fourth read ends past the one-second deadline
        InputStream trickle = new CountingStream() {
            @Override
            public int read(byte[] b, int off, int len) {
                now.addAndGet(Duration.ofMillis(300).toNanos());
                return super.read(b, off, Math.min(len, 1));
            }
        };
        BoundedBody body = open(trickle, -1, 1_000_000);
        byte[] buffer = new byte[16];

        assertThat(body.read(buffer, 0, 16)).isEqualTo(1);
        assertThat(body.read(buffer, 0, 16)).isEqualTo(1);
        assertThat(body.read(buffer, 0, 16)).isEqualTo(1);
        assertThatThrownBy(() -> body.read(buffer, 0, 16)).isInstanceOf(IOException.class);

        ApiException failure = body.failure();
        assertThat(failure.status().getStatusCode()).isEqualTo(408);
        assertThat(failure.code()).isEqualTo("body-timeout");
        assertThat(failure.closesConnection()).isTrue();
        assertThat(failure.getMessage()).contains("PT1S", ServiceSettings.BODY_TIMEOUT, "4 bytes came");
    }

    @Test
    void aReadThatTimesOutInTheServer_is408_anotherReadFailure_is400Unreadable() {
        BoundedBody timedOut = open(failing(new SocketTimeoutException("Read timed out")), -1, 1000);
        BoundedBody reset = open(failing(new IOException("Connection reset by peer")), -1, 1000);

        assertThatThrownBy(timedOut::read).isInstanceOf(SocketTimeoutException.class);
        assertThatThrownBy(reset::read).hasMessage("Connection reset by peer");

        assertThat(timedOut.failure().code()).isEqualTo("body-timeout");
        assertThat(reset.failure().code()).isEqualTo("body-unreadable");
        assertThat(reset.failure().status().getStatusCode()).isEqualTo(400);
        assertThat(reset.failure().getCause()).hasMessage("Connection reset by peer");
    }

    private BoundedBody open(InputStream in, long declared, long limit) {
        return BoundedBody.open(in, declared, limit, "test.limit", "application/octet-stream", TIMEOUT, now::get);
    }

    private static InputStream failing(IOException failure) {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                throw failure;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                throw failure;
            }
        };
    }

    /** An endless stream of zeros that counts the bytes it served. */
    private static class CountingStream extends InputStream {
        long served;

        @Override
        public int read() {
            served++;
            return 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            served += len;
            return len;
        }
    }
}
