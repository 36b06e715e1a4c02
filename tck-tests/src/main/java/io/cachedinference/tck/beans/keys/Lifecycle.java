package io.cachedinference.tck.beans.keys;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What key generator instances went through, for lifecycle tests; reset before each test. */
public final class Lifecycle {

    /** Generator instances created, in order, as {@link #id(Object)}. */
    public static final List<String> CREATED = Collections.synchronizedList(new ArrayList<>());
    /** Generator instances destroyed. */
    public static final List<String> DESTROYED = Collections.synchronizedList(new ArrayList<>());
    /** The instances that generated a key, one entry per call. */
    public static final List<String> GENERATED_BY = Collections.synchronizedList(new ArrayList<>());
    /** The cache each instance was configured for, in order. */
    public static final List<String> CONFIGURED_FOR = Collections.synchronizedList(new ArrayList<>());

    private Lifecycle() {
    }

    /** An instance's simple class name and identity hash code, such as {@code PlainKeyGenerator@1a2b3c}. */
    public static String id(Object instance) {
        return instance.getClass().getSimpleName() + "@" + Integer.toHexString(System.identityHashCode(instance));
    }

    /** The entries of a list that belong to instances of the class. */
    public static List<String> of(Class<?> type, List<String> entries) {
        synchronized (entries) {
            return entries.stream().filter(e -> e.startsWith(type.getSimpleName() + "@")).toList();
        }
    }

    public static void reset() {
        CREATED.clear();
        DESTROYED.clear();
        GENERATED_BY.clear();
        CONFIGURED_FOR.clear();
    }
}
