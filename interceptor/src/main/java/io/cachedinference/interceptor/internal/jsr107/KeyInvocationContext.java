package io.cachedinference.interceptor.internal.jsr107;

import io.cachedinference.interceptor.internal.core.AnnotationPlan;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Set;
import javax.cache.annotation.CacheInvocationParameter;
import javax.cache.annotation.CacheKeyInvocationContext;

/**
 * The {@link CacheKeyInvocationContext} of one call, built only when an application's key generator or
 * cache resolver asks for it. Also serves as the {@code CacheInvocationContext} of {@code @CacheRemoveAll}.
 */
final class KeyInvocationContext<A extends Annotation> implements CacheKeyInvocationContext<A> {

    private final MethodDetails<A> details;
    private final ParameterLayout layout;
    private final AnnotationPlan.Call call;

    KeyInvocationContext(MethodDetails<A> details, ParameterLayout layout, AnnotationPlan.Call call) {
        this.details = details;
        this.layout = layout;
        this.call = call;
    }

    @Override
    public Object getTarget() {
        return call.target();
    }

    @Override
    public CacheInvocationParameter[] getAllParameters() {
        Object[] arguments = call.arguments();
        CacheInvocationParameter[] all = new CacheInvocationParameter[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            all[i] = parameter(i, arguments);
        }
        return all;
    }

    @Override
    public CacheInvocationParameter[] getKeyParameters() {
        Object[] arguments = call.arguments();
        int[] positions = layout.keyPositions();
        CacheInvocationParameter[] keys = new CacheInvocationParameter[positions.length];
        for (int i = 0; i < positions.length; i++) {
            keys[i] = parameter(positions[i], arguments);
        }
        return keys;
    }

    @Override
    public CacheInvocationParameter getValueParameter() {
        int position = layout.valuePosition();
        return position < 0 ? null : parameter(position, call.arguments());
    }

    @Override
    public <T> T unwrap(Class<T> cls) {
        if (cls.isInstance(this)) {
            return cls.cast(this);
        }
        if (cls.isInstance(call)) {
            return cls.cast(call);
        }
        throw new IllegalArgumentException("Cannot unwrap a CacheKeyInvocationContext to " + cls.getName());
    }

    @Override
    public Method getMethod() {
        return details.getMethod();
    }

    @Override
    public Set<Annotation> getAnnotations() {
        return details.getAnnotations();
    }

    @Override
    public A getCacheAnnotation() {
        return details.getCacheAnnotation();
    }

    @Override
    public String getCacheName() {
        return details.getCacheName();
    }

    private CacheInvocationParameter parameter(int position, Object[] arguments) {
        return new InvocationParameter(details.getMethod().getParameterTypes()[position], arguments[position],
                layout.annotations(position), position);
    }
}
