package io.cachedinference.redis.internal;

import java.io.ObjectInputFilter;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The only classes a value read from Redis may be made of: the result types planned at deployment and
 * what they are built from, never a class the bytes name otherwise.
 *
 * <p>Design notes. A class is allowed when it is
 * <ol>
 *   <li>a planned result type, a {@link Serializable} superclass of one, or the declared type of a
 *       serialized (non-static, non-transient) field of one, recursively, with the element types of
 *       arrays and the type arguments of generic fields ({@code List<Score>} allows {@code Score});</li>
 *   <li>a subclass of a planned type that is not a JDK type (a planned {@code Object} or
 *       {@code Serializable} allows no subclass: those fail deployment);</li>
 *   <li>a JDK value or collection class ({@link #JDK_VALUES}, {@link #JDK_COLLECTIONS}), which the
 *       serialized form of strings, boxed numbers and {@code java.util} collections consists of.</li>
 * </ol>
 * Primitive arrays and {@code Object[]} (whose elements are checked each) are always allowed; any other class is rejected before it is initialized, and the
 * read fails, which the interceptor counts as a cache error and answers by running the model.
 */
final class ResultTypeFilter implements ObjectInputFilter {

    /** Plain values a result may hold where its type says only {@code Object}, {@code Number} or a collection. */
    static final Set<String> JDK_VALUES = Set.of("java.lang.String", "java.lang.Boolean", "java.lang.Character",
            "java.lang.Byte", "java.lang.Short", "java.lang.Integer", "java.lang.Long", "java.lang.Float",
            "java.lang.Double", "java.lang.Number", "java.lang.Enum", "java.math.BigInteger", "java.math.BigDecimal");

    /** The classes that serialized {@code java.util} lists, sets and maps are written as. */
    static final Set<String> JDK_COLLECTIONS = Set.of("java.util.ArrayList", "java.util.LinkedList",
            "java.util.HashMap", "java.util.LinkedHashMap", "java.util.TreeMap", "java.util.HashSet",
            "java.util.LinkedHashSet", "java.util.TreeSet", "java.util.ArrayDeque", "java.util.EnumMap",
            "java.util.CollSer", "java.util.ImmutableCollections$ListN", "java.util.ImmutableCollections$List12",
            "java.util.ImmutableCollections$SetN", "java.util.ImmutableCollections$Set12",
            "java.util.ImmutableCollections$MapN", "java.util.ImmutableCollections$Map1",
            "java.util.Arrays$ArrayList", "java.util.Collections$UnmodifiableCollection",
            "java.util.Collections$UnmodifiableList", "java.util.Collections$UnmodifiableRandomAccessList",
            "java.util.Collections$UnmodifiableSet", "java.util.Collections$UnmodifiableMap",
            "java.util.Collections$EmptyList", "java.util.Collections$EmptySet", "java.util.Collections$EmptyMap",
            "java.util.Collections$SingletonList", "java.util.Collections$SingletonSet",
            "java.util.Collections$SingletonMap", "java.util.Collections$ReverseComparator");

    /** Deeper object graphs than this are rejected: no inference result nests so far. */
    static final long MAX_DEPTH = 64;

    private final Set<Class<?>> allowed = ConcurrentHashMap.newKeySet();
    private final Set<Class<?>> roots = ConcurrentHashMap.newKeySet();

    /** Allows the planned result types and what they are made of. */
    void allow(Collection<Class<?>> types) {
        for (Class<?> type : types) {
            if (!isJdk(type)) {
                roots.add(type);
            }
            visit(type, new HashSet<>());
        }
    }

    /** The types allowed so far through planning, for messages and tests. */
    Set<Class<?>> allowed() {
        return Set.copyOf(allowed);
    }

    @Override
    public Status checkInput(FilterInfo info) {
        if (info.depth() > MAX_DEPTH) {
            return Status.REJECTED;
        }
        Class<?> type = info.serialClass();
        if (type == null) {
            return Status.UNDECIDED;
        }
        while (type.isArray()) {
            type = type.getComponentType();
        }
        return allows(type) ? Status.ALLOWED : Status.REJECTED;
    }

    /** Whether a class may be read. */
    boolean allows(Class<?> type) {
        // Object itself only as an array's element type (CollSer's Object[]): its elements are checked each
        if (type.isPrimitive() || type == Object.class || allowed.contains(type) || JDK_VALUES.contains(type.getName())
                || JDK_COLLECTIONS.contains(type.getName())) {
            return true;
        }
        for (Class<?> root : roots) {
            if (root.isAssignableFrom(type)) {
                return true;
            }
        }
        return false;
    }

    private void visit(Class<?> type, Set<Class<?>> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type.isArray()) {
            visit(type.getComponentType(), seen);
            return;
        }
        if (type.isPrimitive() || type == Object.class) {
            return;
        }
        allowed.add(type);
        if (isJdk(type)) {
            // a JDK class is read through its own serial form: its private fields are no business of ours
            return;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (Serializable.class.isAssignableFrom(c)) {
                allowed.add(c);
            }
            for (Field f : c.getDeclaredFields()) {
                int m = f.getModifiers();
                if (!Modifier.isStatic(m) && !Modifier.isTransient(m)) {
                    visit(f.getGenericType(), seen);
                }
            }
        }
    }

    private void visit(Type type, Set<Class<?>> seen) {
        if (type instanceof Class<?> c) {
            visit(c, seen);
        } else if (type instanceof ParameterizedType p) {
            visit(p.getRawType(), seen);
            for (Type a : p.getActualTypeArguments()) {
                visit(a, seen);
            }
        } else if (type instanceof GenericArrayType g) {
            visit(g.getGenericComponentType(), seen);
        } else if (type instanceof WildcardType w) {
            for (Type b : w.getUpperBounds()) {
                visit(b, seen);
            }
        } else if (type instanceof TypeVariable<?> v) {
            for (Type b : v.getBounds()) {
                visit(b, seen);
            }
        }
    }

    private static boolean isJdk(Class<?> type) {
        String name = type.getName();
        return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
                || name.startsWith("sun.") || name.startsWith("com.sun.");
    }

    /** Whether a planned type admits any class, so no reader could be narrowed to it. */
    static boolean unbounded(Class<?> type) {
        return type == Object.class || type == Serializable.class;
    }
}
