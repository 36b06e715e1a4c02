package io.cachedinference.examples.ascend;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Runs ACL work on a platform thread. ACL's current context belongs to an OS thread, and a
 * virtual thread (Java 21+) may move to another carrier between two native calls, so work from a
 * virtual thread is handed to one dedicated platform thread; platform threads run it directly.
 */
final class PlatformThreadRunner implements AutoCloseable {

    private static final MethodHandle IS_VIRTUAL = isVirtualHandle();

    private final String threadName;
    private ExecutorService executor; // guarded by this
    private boolean closed; // guarded by this

    PlatformThreadRunner(String threadName) {
        this.threadName = threadName;
    }

    /** Whether {@code thread} is a virtual thread; always false before Java 21. */
    static boolean isVirtual(Thread thread) {
        if (IS_VIRTUAL == null) {
            return false;
        }
        try {
            return (boolean) IS_VIRTUAL.invokeExact(thread);
        } catch (Throwable e) {
            throw new IllegalStateException("Thread.isVirtual failed", e);
        }
    }

    /** Runs {@code work} on this platform thread, or waits (uninterruptibly) for the dedicated one. */
    <T> T call(Supplier<T> work) {
        if (!isVirtual(Thread.currentThread())) {
            return work.get();
        }
        Future<T> result = executor().submit(work::get);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return result.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException) {
                        throw (RuntimeException) cause;
                    }
                    if (cause instanceof Error) {
                        throw (Error) cause;
                    }
                    throw new IllegalStateException(cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private synchronized ExecutorService executor() {
        if (closed) {
            throw new IllegalStateException("closed [thread=" + threadName + "]");
        }
        if (executor == null) {
            executor = Executors.newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, threadName);
                thread.setDaemon(true);
                return thread;
            });
        }
        return executor;
    }

    /** Stops the dedicated thread, if one was started; idempotent. */
    @Override
    public synchronized void close() {
        closed = true;
        if (executor != null) {
            executor.shutdown();
        }
    }

    private static MethodHandle isVirtualHandle() {
        try {
            return MethodHandles.publicLookup()
                    .findVirtual(Thread.class, "isVirtual", MethodType.methodType(boolean.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            return null;
        }
    }
}
