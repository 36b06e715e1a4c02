package io.cachedinference.interceptor.internal;

import io.cachedinference.interceptor.internal.core.AnnotationPlan;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import javax.cache.annotation.CachePut;

/**
 * The interceptor of JSR-107's {@code @CachePut}, registered by {@link CachedInferenceExtension} (which makes
 * the annotation a binding with every member non-binding) and enabled by its priority, without {@code beans.xml}.
 */
@CachePut
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE + 100)
public class CachePutInterceptor extends AnnotationInterceptor {

    @Inject
    public CachePutInterceptor(CachedInferenceExtension extension) {
        super(extension, AnnotationPlan.Kind.PUT);
    }

    @AroundInvoke
    public Object cache(InvocationContext context) throws Exception {
        return intercept(context);
    }
}
