package io.cachedinference.interceptor.internal.core;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Logs cache failures of one cache at most once per interval, with the count since the last line. */
final class FailureLog {

    private static final Logger LOG = System.getLogger("io.cachedinference");
    private static final long INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final String cacheName;
    private final AtomicLong nextLogAt = new AtomicLong(System.nanoTime());
    private final AtomicLong suppressed = new AtomicLong();

    FailureLog(String cacheName) {
        this.cacheName = cacheName;
    }

    void failed(String operation, String method, Throwable failure) {
        long now = System.nanoTime();
        long due = nextLogAt.get();
        if (now - due >= 0 && nextLogAt.compareAndSet(due, now + INTERVAL_NANOS)) {
            long others = suppressed.getAndSet(0);
            LOG.log(Level.WARNING, () -> "CI-001 Cache " + operation + " failed; the model's result was served"
                    + " [cache=" + cacheName + ", method=" + method + ", similar failures not logged since last line="
                    + others + "]", failure);
        } else {
            suppressed.incrementAndGet();
        }
    }
}
