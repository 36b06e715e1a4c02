package io.cachedinference.interceptor.internal.core;

import java.io.Serializable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.concurrent.CompletionStage;

/** What a method's cached value is declared as: its return type, or the element of a returned stage. */
public final class ResultTypes {

    private ResultTypes() {
    }

    /** The declared type of the value that gets cached. */
    public static Class<?> cachedType(Method method) {
        if (!CompletionStage.class.isAssignableFrom(method.getReturnType())) {
            return method.getReturnType();
        }
        Type generic = method.getGenericReturnType();
        if (generic instanceof ParameterizedType) {
            Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
            if (element instanceof Class<?>) {
                return (Class<?>) element;
            }
            if (element instanceof ParameterizedType) {
                return (Class<?>) ((ParameterizedType) element).getRawType();
            }
        }
        return Object.class;
    }

    /** The declared type of what a cache entry of the method holds: a batch method's item result, else {@link #cachedType}. */
    public static Class<?> storedType(Method method, BatchShape batch) {
        return batch != null ? batch.itemResultType() : cachedType(method);
    }

    /** False only when no value of the declared type can be serialized by Java serialization. */
    public static boolean maySerialize(Class<?> type) {
        if (type.isPrimitive() || Serializable.class.isAssignableFrom(type)) {
            return !type.isArray() || maySerialize(type.getComponentType());
        }
        // an interface or an open class may still be implemented by a Serializable value
        return type.isInterface() || (type == Object.class) || !Modifier.isFinal(type.getModifiers()) && !type.isRecord();
    }
}
