package io.cachedinference.interceptor.internal.core;

/**
 * The plain core behind the interceptor: dispatches one call of a planned method to its flow (single,
 * batch or asynchronous), which follows the contract of {@link io.cachedinference.api.CachedInference}
 * branch by branch. Unit-testable without a container.
 */
public final class CachingInvoker {

    /** The intercepted call: its arguments, and the method's own invocation. */
    public interface Invocation {
        /** The call's arguments. */
        Object[] arguments();

        /** Runs the method with the call's arguments. */
        Object proceed() throws Exception;

        /** Runs the method with other arguments (a batch method with only its missing items). */
        Object proceedWith(Object[] arguments) throws Exception;
    }

    /** Answers a call from the cache, or runs it and stores the result. */
    public Object invoke(MethodPlan plan, Invocation call) throws Exception {
        return plan.flow().invoke(plan, call);
    }
}
