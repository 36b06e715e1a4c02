package io.cachedinference.interceptor.internal.key;

/** Thrown when an argument's runtime type has no content the built-in generator can key. */
public final class UnkeyableValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final Class<?> type;

    UnkeyableValueException(Class<?> type) {
        super("The built-in content key cannot key a value of type " + type.getName()
                + ": it has no value semantics the key could be derived from. Pass its content (arrays,"
                + " strings, records, lists, maps), mark the argument out of the key, or name a keyGenerator");
        this.type = type;
    }

    /** The type that could not be keyed. */
    public Class<?> type() {
        return type;
    }
}
