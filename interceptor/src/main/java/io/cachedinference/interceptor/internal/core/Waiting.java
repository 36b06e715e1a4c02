package io.cachedinference.interceptor.internal.core;

import io.cachedinference.api.WaitInterruptedException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A blocking wait for an equal call's model run, as single and batch calls do it. */
final class Waiting {

    private Waiting() {
    }

    /**
     * The leader's value, or its throwable rethrown as it was (an {@code Error} too); a
     * {@link TimeoutException} after {@code nanos}; an interrupt restores the flag and throws
     * {@link WaitInterruptedException}. Counted in the waiting gauge meanwhile.
     */
    static Object await(MethodPlan plan, CompletableFuture<Object> leader, long nanos) throws Exception {
        return await(plan.access().singleFlight(), plan.description(), plan.settings().cacheName(), leader, nanos);
    }

    /** {@link #await(MethodPlan, CompletableFuture, long)} for any single flight, such as a JSR-107 cache's. */
    static Object await(SingleFlight flight, String description, String cacheName, CompletableFuture<Object> leader,
            long nanos) throws Exception {
        flight.waiterArrived();
        try {
            return leader.get(Math.max(0, nanos), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw rethrowable(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WaitInterruptedException("Interrupted while waiting for an equal call's model run of "
                    + description + "; nothing was run or cached for this call [cache=" + cacheName + "]", e);
        } finally {
            flight.waiterLeft();
        }
    }

    /** The leader's throwable as it was: errors thrown as they are, exceptions returned to be thrown. */
    static Exception rethrowable(Throwable cause) {
        if (cause instanceof Error) {
            throw (Error) cause;
        }
        return (Exception) cause;
    }
}
