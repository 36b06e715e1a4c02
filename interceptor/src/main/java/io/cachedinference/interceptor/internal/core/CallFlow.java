package io.cachedinference.interceptor.internal.core;

/** How one call of a planned method goes: a single item, a batch, or an asynchronous result. */
interface CallFlow {

    /** Answers the call from the cache, or runs it and stores the result, following the contract. */
    Object invoke(MethodPlan plan, CachingInvoker.Invocation call) throws Exception;
}
