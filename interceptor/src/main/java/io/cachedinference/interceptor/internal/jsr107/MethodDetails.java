package io.cachedinference.interceptor.internal.jsr107;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Set;
import javax.cache.annotation.CacheMethodDetails;

/** A method's {@link CacheMethodDetails}, built once at deployment. */
public final class MethodDetails<A extends Annotation> implements CacheMethodDetails<A> {

    private final Method method;
    private final Set<Annotation> annotations;
    private final A cacheAnnotation;
    private final String cacheName;

    public MethodDetails(Method method, A cacheAnnotation, String cacheName) {
        this.method = method;
        this.annotations = Set.of(method.getAnnotations());
        this.cacheAnnotation = cacheAnnotation;
        this.cacheName = cacheName;
    }

    @Override
    public Method getMethod() {
        return method;
    }

    @Override
    public Set<Annotation> getAnnotations() {
        return annotations;
    }

    @Override
    public A getCacheAnnotation() {
        return cacheAnnotation;
    }

    @Override
    public String getCacheName() {
        return cacheName;
    }

    @Override
    public String toString() {
        return "CacheMethodDetails[" + cacheName + ", " + method + "]";
    }
}
