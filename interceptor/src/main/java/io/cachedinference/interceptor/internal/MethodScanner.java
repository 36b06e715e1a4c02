package io.cachedinference.interceptor.internal;

import io.cachedinference.api.CachedInference;
import io.cachedinference.interceptor.internal.core.MethodNames;
import io.cachedinference.interceptor.internal.validation.UninterceptableMethodException;
import io.cachedinference.interceptor.internal.validation.VoidMethodException;
import jakarta.enterprise.inject.spi.AnnotatedMethod;
import jakarta.enterprise.inject.spi.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.function.Consumer;

/**
 * Finds a bean's cached methods: those annotated themselves, and, when the class is annotated, every
 * business method that returns a value. A method annotated itself must be interceptable and return
 * a value; each violation is reported.
 */
final class MethodScanner {

    private MethodScanner() {
    }

    static void scan(AnnotatedType<?> type, List<CachedMethod> found, Consumer<RuntimeException> problems) {
        CachedInference onType = type.getAnnotation(CachedInference.class);
        for (AnnotatedMethod<?> annotated : type.getMethods()) {
            Method method = annotated.getJavaMember();
            if (method.getDeclaringClass() == Object.class || method.isSynthetic() || method.isBridge()) {
                continue;
            }
            CachedInference onMethod = annotated.getAnnotation(CachedInference.class);
            if (onMethod != null) {
                if (check(method, problems)) {
                    found.add(new CachedMethod(method, onMethod));
                }
            } else if (onType != null && isCachedByType(method)) {
                found.add(new CachedMethod(method, onType));
            }
        }
    }

    private static boolean isCachedByType(Method method) {
        int m = method.getModifiers();
        return method.getReturnType() != void.class && !Modifier.isStatic(m) && !Modifier.isPrivate(m)
                && !Modifier.isFinal(m);
    }

    private static boolean check(Method method, Consumer<RuntimeException> problems) {
        String where = " [class=" + method.getDeclaringClass().getName() + ", method=" + MethodNames.describe(method) + "]";
        boolean ok = true;
        if (method.getReturnType() == void.class) {
            problems.accept(new VoidMethodException("@CachedInference is not allowed on a method returning void:"
                    + " there is no result to cache. Remove the annotation or return the result" + where));
            ok = false;
        }
        int m = method.getModifiers();
        String modifier = Modifier.isPrivate(m) ? "private" : Modifier.isStatic(m) ? "static" : Modifier.isFinal(m) ? "final" : null;
        if (modifier != null) {
            problems.accept(new UninterceptableMethodException("@CachedInference is not allowed on a " + modifier
                    + " method: CDI interceptors never see its calls. Make it a non-final, non-static method"
                    + " that is not private" + where));
            ok = false;
        }
        return ok;
    }
}
