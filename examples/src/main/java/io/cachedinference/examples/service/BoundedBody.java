package io.cachedinference.examples.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;

/**
 * A request body read under a byte limit and a deadline. It never reads more than one byte past
 * the limit, and checks the deadline after every read; a breach fails the read, and is remembered,
 * so whoever reads the stream (a JSON parser that wraps I/O failures its own way) can be overruled
 * by {@link #failure()}: 413 {@code body-too-large} or 408 {@code body-timeout}.
 */
final class BoundedBody extends InputStream {

    /** Why reading stopped early. */
    private enum Breach {
        NONE, TOO_LARGE, TIMED_OUT
    }

    private final InputStream in;
    private final long limit;
    private final String limitSetting;
    private final String contentType;
    private final Duration timeout;
    private final long deadline;
    private final LongSupplier nanoClock;
    private long count;
    private Breach breach = Breach.NONE;
    private IOException readFailure;

    private BoundedBody(InputStream in, long limit, String limitSetting, String contentType, Duration timeout,
            LongSupplier nanoClock) {
        this.in = in;
        this.limit = limit;
        this.limitSetting = limitSetting;
        this.contentType = contentType;
        this.timeout = timeout;
        this.nanoClock = nanoClock;
        this.deadline = nanoClock.getAsLong() + timeout.toNanos();
    }

    /**
     * Opens a body for reading, or refuses it at once when its declared length is over the limit.
     *
     * @param declaredLength the {@code Content-Length}, or -1 when the body is chunked
     * @param limitSetting   the setting the limit comes from, named in the 413's message
     * @throws ApiException 413 when {@code declaredLength > limit}
     */
    static BoundedBody open(InputStream in, long declaredLength, long limit, String limitSetting, String contentType,
            Duration timeout, LongSupplier nanoClock) {
        BoundedBody body = new BoundedBody(in, limit, limitSetting, contentType, timeout, nanoClock);
        if (declaredLength > limit) {
            throw body.tooLarge("declares " + declaredLength + " bytes (Content-Length)", declaredLength);
        }
        return body;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (breach != Breach.NONE) {
            throw new IOException("The request body was refused: " + breach);
        }
        if (length == 0) {
            return 0;
        }
        int wanted = (int) Math.min(length, limit - count + 1);
        int n;
        try {
            n = in.read(buffer, offset, wanted);
        } catch (IOException e) {
            readFailure = e;
            if (late()) {
                breach = Breach.TIMED_OUT;
            }
            throw e;
        }
        if (n > 0) {
            count += n;
        }
        if (count > limit) {
            breach = Breach.TOO_LARGE;
            throw new IOException("The request body is over " + limit + " bytes");
        }
        if (late()) {
            breach = Breach.TIMED_OUT;
            throw new IOException("The request body took longer than " + timeout);
        }
        return n;
    }

    /** Bytes read so far. */
    long count() {
        return count;
    }

    /**
     * Why reading failed, if it did: 413 or 408 for a breach of the limit or the deadline, 408 for a
     * read that timed out in the server, 400 {@code body-unreadable} for another read failure.
     */
    ApiException failure() {
        switch (breach) {
            case TOO_LARGE:
                return tooLarge("has more than " + limit + " bytes", -1);
            case TIMED_OUT:
                return timedOut(readFailure);
            default:
                if (readFailure == null) {
                    return null;
                }
                return timedOutCause(readFailure) ? timedOut(readFailure)
                        : ApiException.bodyUnreadable("The request body could not be read after " + count + " bytes: "
                                + readFailure, Map.of("readBytes", count), readFailure);
        }
    }

    private boolean late() {
        return nanoClock.getAsLong() - deadline > 0;
    }

    private ApiException tooLarge(String what, long declared) {
        Map<String, Object> details = declared >= 0
                ? Map.of("limitBytes", limit, "setting", limitSetting, "contentType", contentType, "declaredBytes", declared)
                : Map.of("limitBytes", limit, "setting", limitSetting, "contentType", contentType);
        return ApiException.bodyTooLarge("The " + contentType + " body " + what + "; the service reads at most "
                + limit + " bytes (" + limitSetting + ")", details);
    }

    private ApiException timedOut(Throwable cause) {
        return ApiException.bodyTimeout("The request body did not arrive within " + timeout + " ("
                + ServiceSettings.BODY_TIMEOUT + "); " + count + " bytes came", Map.of("timeout", timeout.toString(),
                        "setting", ServiceSettings.BODY_TIMEOUT, "readBytes", count), cause);
    }

    private static boolean timedOutCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t instanceof InterruptedIOException) {
                return true;
            }
        }
        return false;
    }
}
