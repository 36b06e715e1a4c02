package io.cachedinference.interceptor.internal.core;

import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Keeps late results out of one cache: a result may be stored only if nothing invalidated the cache, and
 * no model version changed, since the call that computed it started its model run.
 *
 * <p>Design notes. Every invalidation ({@code invalidateAll}, {@code invalidate}, {@code invalidateModel},
 * a {@code ModelUpdated} switch) runs its change under the write lock and bumps the generation; a store
 * checks its ticket and puts under the read lock. So a store either completes before the invalidation
 * starts, and the invalidation then removes what it stored, or it sees the new generation and is dropped:
 * no entry of an old version or an invalidated generation survives. Hits never touch the lock; a store
 * happens once per model run, which costs milliseconds, against some tens of nanoseconds here.
 */
final class StoreFence {

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private volatile long generation;

    /** What a call holds from the start of its model run until it stores: the generation and its namespace. */
    record Ticket(long generation, String namespace) {
    }

    /** A ticket for a model run about to start in the given namespace. */
    Ticket open(String namespace) {
        return new Ticket(generation, namespace);
    }

    /**
     * Runs the store if the ticket is still good: same generation, and the method's namespace now is the
     * one the call started in. Returns whether it ran.
     */
    boolean store(Ticket ticket, Supplier<String> currentNamespace, Runnable put) {
        lock.readLock().lock();
        try {
            if (ticket.generation() != generation || !ticket.namespace().equals(currentNamespace.get())) {
                return false;
            }
            put.run();
            return true;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Runs an invalidating change exclusively of stores and invalidates every ticket opened before it. */
    void invalidate(Runnable change) {
        lock.writeLock().lock();
        try {
            generation++;
            change.run();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
