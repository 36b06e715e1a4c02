package io.cachedinference.interceptor.internal;

import io.cachedinference.api.CachedInference;
import io.cachedinference.interceptor.internal.core.CachingInvoker;
import io.cachedinference.interceptor.internal.core.MethodPlan;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Adapts {@link InvocationContext} to the {@link CachingInvoker}; all the work is in the core.
 * Registered by {@link CachedInferenceExtension} and enabled by its priority, without {@code beans.xml}.
 */
@CachedInference
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE + 100)
public class CachedInferenceInterceptor {

    private final DeploymentState state;

    @Inject
    public CachedInferenceInterceptor(CachedInferenceExtension extension) {
        // once, not per call: the extension arrives as a client proxy
        this.state = extension.state();
    }

    @AroundInvoke
    public Object cache(InvocationContext context) throws Exception {
        MethodPlan plan = state.registry().plan(context.getMethod());
        if (plan == null) {
            return context.proceed();
        }
        return state.invoker().invoke(plan, new ContextCall(context));
    }
}
