package io.cachedinference.interceptor.internal;

import io.cachedinference.interceptor.internal.core.AnnotationPlan;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import javax.cache.annotation.CacheRemove;

/**
 * The interceptor of JSR-107's {@code @CacheRemove}, registered by {@link CachedInferenceExtension} (which makes
 * the annotation a binding with every member non-binding) and enabled by its priority, without {@code beans.xml}.
 */
@CacheRemove
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE + 100)
public class CacheRemoveInterceptor extends AnnotationInterceptor {

    @Inject
    public CacheRemoveInterceptor(CachedInferenceExtension extension) {
        super(extension, AnnotationPlan.Kind.REMOVE);
    }

    @AroundInvoke
    public Object cache(InvocationContext context) throws Exception {
        return intercept(context);
    }
}
