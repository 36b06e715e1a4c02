package io.cachedinference.interceptor.internal.core;

import java.lang.reflect.Array;

/**
 * Copies mutable array results on store and on hit, so no caller can change what another gets.
 * Chosen once per method from its declared return type.
 */
public enum ResultCopier {
    /** The return type cannot be an array: values are shared as they are. */
    NONE {
        @Override
        Object copy(Object value) {
            return value;
        }
    },
    /** The return type is, or may be, an array: arrays are copied deeply, other values shared. */
    ARRAYS {
        @Override
        Object copy(Object value) {
            return value != null && value.getClass().isArray() ? deepCopy(value) : value;
        }
    };

    abstract Object copy(Object value);

    /** The copier for a method returning the given type. */
    public static ResultCopier forReturnType(Class<?> type) {
        boolean mayBeArray = type.isArray() || type == Object.class || type == java.io.Serializable.class
                || type == Cloneable.class;
        return mayBeArray ? ARRAYS : NONE;
    }

    private static Object deepCopy(Object array) {
        if (array instanceof float[]) {
            return ((float[]) array).clone();
        }
        if (array instanceof Object[]) {
            Object[] copy = ((Object[]) array).clone();
            for (int i = 0; i < copy.length; i++) {
                if (copy[i] != null && copy[i].getClass().isArray()) {
                    copy[i] = deepCopy(copy[i]);
                }
            }
            return copy;
        }
        int length = Array.getLength(array);
        Object copy = Array.newInstance(array.getClass().getComponentType(), length);
        System.arraycopy(array, 0, copy, 0, length);
        return copy;
    }
}
