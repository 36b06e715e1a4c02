package io.cachedinference.interceptor.internal.jsr107;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.cache.annotation.CacheKey;
import javax.cache.annotation.CacheValue;

/**
 * Where a method's key and value arguments are, fixed at deployment: the parameters annotated
 * {@link CacheKey}, or, when none is, every parameter but the {@link CacheValue} one.
 */
public final class ParameterLayout {

    private final int[] keyPositions;
    private final int valuePosition;
    private final List<Set<Annotation>> annotations;

    private ParameterLayout(int[] keyPositions, int valuePosition, List<Set<Annotation>> annotations) {
        this.keyPositions = keyPositions;
        this.valuePosition = valuePosition;
        this.annotations = annotations;
    }

    /** The layout of a method; the value parameter only counts when {@code withValue} (for {@code @CachePut}). */
    public static ParameterLayout of(Method method, boolean withValue) {
        Annotation[][] declared = method.getParameterAnnotations();
        List<Set<Annotation>> annotations = new ArrayList<>();
        List<Integer> keys = new ArrayList<>();
        List<Integer> others = new ArrayList<>();
        int value = -1;
        for (int i = 0; i < declared.length; i++) {
            annotations.add(Set.of(declared[i]));
            boolean isValue = false;
            boolean isKey = false;
            for (Annotation a : declared[i]) {
                isValue |= a instanceof CacheValue;
                isKey |= a instanceof CacheKey;
            }
            if (withValue && isValue && value < 0) {
                value = i;
            } else if (isKey) {
                keys.add(i);
            }
            if (!(withValue && isValue)) {
                others.add(i);
            }
        }
        List<Integer> chosen = keys.isEmpty() ? others : keys;
        return new ParameterLayout(chosen.stream().mapToInt(Integer::intValue).toArray(), value, List.copyOf(annotations));
    }

    /** Positions of the key arguments, ascending. */
    public int[] keyPositions() {
        return keyPositions.clone();
    }

    /** Position of the {@code @CacheValue} argument, or -1. */
    public int valuePosition() {
        return valuePosition;
    }

    /** Number of the method's parameters annotated {@code @CacheValue}. */
    public static int valueParameters(Method method) {
        int count = 0;
        for (Annotation[] parameter : method.getParameterAnnotations()) {
            for (Annotation a : parameter) {
                if (a instanceof CacheValue) {
                    count++;
                }
            }
        }
        return count;
    }

    Set<Annotation> annotations(int position) {
        return annotations.get(position);
    }

    /** The key arguments of a call, in order. */
    Object[] keyArguments(Object[] arguments) {
        Object[] selected = new Object[keyPositions.length];
        for (int i = 0; i < keyPositions.length; i++) {
            selected[i] = arguments[keyPositions[i]];
        }
        return selected;
    }
}
