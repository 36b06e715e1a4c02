package io.cachedinference.interceptor.internal.core;

import java.util.List;

/**
 * Which exceptions an annotation member pair selects, such as {@code cachedExceptions}/{@code nonCachedExceptions}
 * or {@code evictFor}/{@code noEvictFor}: an exception is selected when it is an instance of an included class
 * (any, when none is listed) and of no excluded class; with both lists empty, {@code whenBothEmpty} decides.
 */
public final class ExceptionRule {

    private final List<Class<? extends Throwable>> included;
    private final List<Class<? extends Throwable>> excluded;
    private final boolean whenBothEmpty;

    public ExceptionRule(Class<? extends Throwable>[] included, Class<? extends Throwable>[] excluded,
            boolean whenBothEmpty) {
        this.included = List.of(included);
        this.excluded = List.of(excluded);
        this.whenBothEmpty = whenBothEmpty;
    }

    /** Whether the rule selects the exception. */
    public boolean selects(Throwable t) {
        if (included.isEmpty() && excluded.isEmpty()) {
            return whenBothEmpty;
        }
        boolean in = included.isEmpty() || included.stream().anyMatch(c -> c.isInstance(t));
        return in && excluded.stream().noneMatch(c -> c.isInstance(t));
    }

    @Override
    public String toString() {
        return "include=" + included + ", exclude=" + excluded + ", whenBothEmpty=" + whenBothEmpty;
    }
}
