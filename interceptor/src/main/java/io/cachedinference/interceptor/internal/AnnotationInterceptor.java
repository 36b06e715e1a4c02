package io.cachedinference.interceptor.internal;

import io.cachedinference.interceptor.internal.core.AnnotationFlow;
import io.cachedinference.interceptor.internal.core.AnnotationPlan;
import jakarta.interceptor.InvocationContext;

/**
 * What the four JSR-107 interceptors share: each adapts {@link InvocationContext} to the method's
 * {@link AnnotationPlan}, made at deployment, and the {@link AnnotationFlow} does the work. A method
 * without a plan (a deployment that failed, or a class-level annotation that does not apply) just runs.
 */
public abstract class AnnotationInterceptor {

    private final DeploymentState state;

    AnnotationInterceptor(CachedInferenceExtension extension) {
        // once, not per call: the extension arrives as a client proxy
        this.state = extension.state();
    }

    Object intercept(InvocationContext context) throws Exception {
        AnnotationPlan plan = state.registry().annotationPlan(context.getMethod());
        if (plan == null) {
            return context.proceed();
        }
        return AnnotationFlow.invoke(plan, new ContextCall(context));
    }

    /** The invocation context as the core sees it. */
    private static final class ContextCall implements AnnotationPlan.Call {
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
}
