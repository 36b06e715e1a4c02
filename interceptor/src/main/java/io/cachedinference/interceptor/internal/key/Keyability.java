package io.cachedinference.interceptor.internal.key;

import java.io.Serializable;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Decides at deployment whether the built-in content key can key a declared parameter type.
 *
 * <p>Value types (see {@link ContentKeyGenerator}) pass, with their components, elements and type
 * arguments checked recursively. Open types such as {@code Object} or {@code Number} pass too and
 * are checked per call. So does a type with an {@code ArgumentKeyer} (its own or a supertype's).
 * Any other class or interface has no content the key could use.
 */
public final class Keyability {

    private static final Set<Class<?>> OPEN_TYPES = Set.of(Object.class, Number.class, Serializable.class,
            Comparable.class, Record.class, Enum.class, CharSequence.class);
    private static final Set<Class<?>> VALUE_TYPES = Set.of(String.class, Boolean.class, Byte.class, Short.class,
            Character.class, Integer.class, Long.class, Float.class, Double.class, BigInteger.class,
            BigDecimal.class, UUID.class);

    /** Why the type cannot be keyed by the built-in rules alone, or empty when it can. */
    public static Optional<String> reasonUnkeyable(Type type) {
        return reasonUnkeyable(type, Keyers.none());
    }

    /** Why the type cannot be keyed by the built-in rules and these keyers, or empty when it can. */
    public static Optional<String> reasonUnkeyable(Type type, Keyers keyers) {
        return new Keyability(keyers).check(type, new HashSet<>());
    }

    /**
     * Whether the built-in rules key every value of this type, so an {@code ArgumentKeyer} for it
     * would never be asked.
     */
    public static boolean coveredByBuiltInRules(Class<?> c) {
        return c.isPrimitive() || c.isArray() || Enum.class.isAssignableFrom(c) || VALUE_TYPES.contains(c)
                || CharSequence.class.isAssignableFrom(c) || ByteBuffer.class.isAssignableFrom(c)
                || Record.class.isAssignableFrom(c) || Collection.class.isAssignableFrom(c)
                || Map.class.isAssignableFrom(c);
    }

    private final Keyers keyers;

    private Keyability(Keyers keyers) {
        this.keyers = keyers;
    }

    private Optional<String> check(Type type, Set<Type> seen) {
        if (!seen.add(type)) {
            return Optional.empty();
        }
        if (type instanceof Class<?>) {
            return checkClass((Class<?>) type, seen);
        }
        if (type instanceof ParameterizedType) {
            ParameterizedType p = (ParameterizedType) type;
            Optional<String> raw = check(p.getRawType(), seen);
            if (raw.isPresent()) {
                return raw;
            }
            for (Type argument : p.getActualTypeArguments()) {
                Optional<String> reason = check(argument, seen);
                if (reason.isPresent()) {
                    return reason;
                }
            }
            return Optional.empty();
        }
        if (type instanceof GenericArrayType) {
            return check(((GenericArrayType) type).getGenericComponentType(), seen);
        }
        if (type instanceof WildcardType) {
            return check(((WildcardType) type).getUpperBounds()[0], seen);
        }
        if (type instanceof TypeVariable<?>) {
            return check(((TypeVariable<?>) type).getBounds()[0], seen);
        }
        return Optional.of("type " + type.getTypeName() + " is not supported");
    }

    private Optional<String> checkClass(Class<?> c, Set<Type> seen) {
        if (c.isPrimitive() || c.isEnum() || VALUE_TYPES.contains(c) || OPEN_TYPES.contains(c)
                || CharSequence.class.isAssignableFrom(c) || ByteBuffer.class.isAssignableFrom(c)) {
            return Optional.empty();
        }
        if (c.isArray()) {
            return check(c.getComponentType(), seen);
        }
        if (Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c)) {
            return Optional.empty();
        }
        if (c.isRecord()) {
            for (RecordComponent component : c.getRecordComponents()) {
                Optional<String> reason = check(component.getGenericType(), seen);
                if (reason.isPresent()) {
                    return Optional.of("record component " + c.getName() + "." + component.getName() + ": " + reason.get());
                }
            }
            return Optional.empty();
        }
        if (keyers.find(c) != null) {
            return Optional.empty();
        }
        return Optional.of("type " + c.getName() + " has no value semantics the built-in content key could use,"
                + " and no ArgumentKeyer is registered for it");
    }
}
