package io.cachedinference.api;

import java.lang.reflect.Type;

/**
 * Derives the cache key of one call from its arguments.
 *
 * <p>Implementations must be thread-safe and deterministic: equal arguments give equal keys, in
 * every JVM and across restarts (distributed providers share keys between machines), so they may
 * not use identity hash codes or {@code Object.hashCode()} of types that do not define it by value.
 */
@FunctionalInterface
public interface KeyGenerator {

    /**
     * Returns the key for one call.
     *
     * @param namespace the cache's namespace (cache name, model and model version); pass it to
     *                  {@link InferenceKey#InferenceKey(String, byte[])}
     * @param arguments the call's arguments, in declaration order; not to be modified
     * @return the key, never {@code null}
     */
    InferenceKey generate(String namespace, Object[] arguments);

    /**
     * Tells at deployment whether this generator can key a parameter of the given declared type;
     * a parameter it cannot key fails deployment. The default accepts every type.
     */
    default boolean canKey(Type parameterType) {
        return true;
    }
}
