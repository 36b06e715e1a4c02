package io.cachedinference.interceptor.internal.key;

import io.cachedinference.api.ArgumentKeyer;
import io.cachedinference.api.KeySink;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The application's {@link ArgumentKeyer}s, by type. The content key asks only for values the
 * built-in rules do not cover, so built-in types never pay for the lookup; the nearest keyer of a
 * class (the class, its superclasses, then its interfaces breadth first) is found once per class.
 */
public final class Keyers {

    private static final Keyers NONE = new Keyers(Map.of());
    private static final ArgumentKeyer<?> ABSENT = new ArgumentKeyer<Void>() {
        @Override
        public Class<Void> type() {
            return Void.class;
        }

        @Override
        public void write(Void value, KeySink sink) {
            throw new UnsupportedOperationException();
        }
    };

    private final Map<Class<?>, ArgumentKeyer<?>> byType;
    private final ClassValue<ArgumentKeyer<?>> nearest = new ClassValue<>() {
        @Override
        protected ArgumentKeyer<?> computeValue(Class<?> type) {
            ArgumentKeyer<?> found = search(type);
            return found == null ? ABSENT : found;
        }
    };

    private Keyers(Map<Class<?>, ArgumentKeyer<?>> byType) {
        this.byType = byType;
    }

    /** No keyers: only the built-in rules. */
    public static Keyers none() {
        return NONE;
    }

    /**
     * The given keyers, which must have distinct types that no built-in rule covers; the deployment
     * checks that first and reports every violation.
     */
    public static Keyers of(Collection<? extends ArgumentKeyer<?>> keyers) {
        if (keyers.isEmpty()) {
            return NONE;
        }
        Map<Class<?>, ArgumentKeyer<?>> byType = new LinkedHashMap<>();
        for (ArgumentKeyer<?> k : keyers) {
            if (byType.putIfAbsent(k.type(), k) != null) {
                throw new IllegalArgumentException("Two ArgumentKeyers for " + k.type().getName());
            }
        }
        return new Keyers(Map.copyOf(byType));
    }

    /** The keyer for values of this class, or {@code null} when none applies. */
    ArgumentKeyer<?> find(Class<?> type) {
        if (byType.isEmpty()) {
            return null;
        }
        ArgumentKeyer<?> k = nearest.get(type);
        return k == ABSENT ? null : k;
    }

    private ArgumentKeyer<?> search(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            ArgumentKeyer<?> k = byType.get(c);
            if (k != null) {
                return k;
            }
        }
        Deque<Class<?>> queue = new ArrayDeque<>();
        Set<Class<?>> seen = new HashSet<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            queue.addAll(List.of(c.getInterfaces()));
        }
        while (!queue.isEmpty()) {
            Class<?> i = queue.removeFirst();
            if (!seen.add(i)) {
                continue;
            }
            ArgumentKeyer<?> k = byType.get(i);
            if (k != null) {
                return k;
            }
            queue.addAll(List.of(i.getInterfaces()));
        }
        return null;
    }
}
