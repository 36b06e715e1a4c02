package io.cachedinference.api;

import java.lang.reflect.Type;

/**
 * Derives the cache key of one call from its key arguments.
 *
 * <p>Implementations must be thread-safe and deterministic: equal arguments give equal keys, in
 * every JVM and across restarts (distributed providers share keys between machines), so they may
 * not use identity hash codes or {@code Object.hashCode()} of types that do not define it by value.
 *
 * <p>Lifecycle, per method that names the generator in {@link CachedInference#keyGenerator()}:
 * <ol>
 *   <li>At deployment it is created once: the CDI bean of the generator's type when there is one
 *       (so it can {@code @Inject} what it needs), else through its public no-argument
 *       constructor; neither fails deployment.</li>
 *   <li>{@link #configure(KeyGeneratorContext)} is called once, then {@link #canKey(Type)} once per
 *       key parameter.</li>
 *   <li>{@link #generate(String, Object[])} is called on every call of the method, concurrently.</li>
 *   <li>When the container shuts down, a {@code @Dependent} bean instance is destroyed (its
 *       {@code @PreDestroy} runs).</li>
 * </ol>
 * A {@code @Dependent} bean or a plain class thus gives each method its own instance; a normal-scoped
 * bean ({@code @ApplicationScoped}) is one instance shared by every method that names it, configured
 * once per method, so it must not keep per-method state.
 */
@FunctionalInterface
public interface KeyGenerator {

    /**
     * Returns the key for one call.
     *
     * @param namespace the cache's namespace (cache name, model and model version); pass it to
     *                  {@link InferenceKey#InferenceKey(String, byte[])}
     * @param arguments the call's key arguments, in declaration order: those of the parameters
     *                  marked {@link CacheKey}, or all of them; not to be modified
     * @return the key, never {@code null}
     */
    InferenceKey generate(String namespace, Object[] arguments);

    /**
     * Tells at deployment whether this generator can key a parameter of the given declared type;
     * a key parameter it cannot key fails deployment. The default accepts every type.
     */
    default boolean canKey(Type parameterType) {
        return true;
    }

    /**
     * Receives, at deployment and before any other call, the cache of the method this instance
     * keys: its settings and its built-in content key. The default ignores it.
     *
     * @throws IllegalArgumentException when a setting is invalid; deployment then fails with the
     *                                  message, which should name the setting's key and value
     */
    default void configure(KeyGeneratorContext context) {
    }
}
