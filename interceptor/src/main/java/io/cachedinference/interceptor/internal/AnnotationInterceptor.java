package io.cachedinference.interceptor.internal;

import io.cachedinference.interceptor.internal.core.AnnotationFlow;
import io.cachedinference.interceptor.internal.core.AnnotationPlan;
import jakarta.interceptor.InvocationContext;

/**
 * What the four JSR-107 interceptors share: each adapts {@link InvocationContext} to the method's
 * {@link AnnotationPlan}, made at deployment, and the {@link AnnotationFlow} does the work. A method
 * without a plan of the interceptor's kind (a deployment that failed, a class-level annotation that does not
 * apply, or one the method's own annotation overrides) just runs.
 */
public abstract class AnnotationInterceptor {

    private final DeploymentState state;
    private final AnnotationPlan.Kind kind;

    AnnotationInterceptor(CachedInferenceExtension extension, AnnotationPlan.Kind kind) {
        // once, not per call: the extension arrives as a client proxy
        this.state = extension.state();
        this.kind = kind;
    }

    Object intercept(InvocationContext context) throws Exception {
        AnnotationPlan plan = state.registry().annotationPlan(context.getMethod());
        // a class's annotation binds its interceptor to a method that has another of its own: that one acts
        if (plan == null || plan.kind() != kind) {
            return context.proceed();
        }
        return AnnotationFlow.invoke(plan, new ContextCall(context));
    }
}
