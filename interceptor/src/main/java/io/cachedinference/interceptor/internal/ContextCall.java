package io.cachedinference.interceptor.internal;

import io.cachedinference.interceptor.internal.core.AnnotationPlan;
import jakarta.interceptor.InvocationContext;

/** An {@link InvocationContext} as the core sees a call, for every interceptor of this package. */
final class ContextCall implements AnnotationPlan.Call {

    private final InvocationContext context;

    ContextCall(InvocationContext context) {
        this.context = context;
    }

    @Override
    public Object target() {
        return context.getTarget();
    }

    @Override
    public Object[] arguments() {
        return context.getParameters();
    }

    @Override
    public Object proceed() throws Exception {
        return context.proceed();
    }

    @Override
    public Object proceedWith(Object[] arguments) throws Exception {
        context.setParameters(arguments);
        return context.proceed();
    }
}
