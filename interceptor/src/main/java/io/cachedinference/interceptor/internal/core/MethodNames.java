package io.cachedinference.interceptor.internal.core;

import java.lang.reflect.Method;
import java.util.StringJoiner;

/** Renders methods as {@code com.acme.Model#infer(float[])}: default cache names and messages. */
public final class MethodNames {

    private MethodNames() {
    }

    public static String describe(Method method) {
        StringJoiner params = new StringJoiner(",", "(", ")");
        for (Class<?> p : method.getParameterTypes()) {
            params.add(p.getTypeName());
        }
        return method.getDeclaringClass().getName() + '#' + method.getName() + params;
    }
}
