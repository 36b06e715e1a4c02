package io.cachedinference.interceptor.keys;

import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.KeyGenerator;
import io.cachedinference.api.KeyGeneratorContext;
import io.cachedinference.interceptor.internal.key.ContentKeyGenerator;
import java.lang.reflect.Type;

/**
 * A key generator that replaces each key argument by a canonical form and keys the canonical
 * arguments with the cache's built-in content key (its digest and the application's
 * {@code ArgumentKeyer}s). Two calls share a key exactly when their canonical arguments are equal
 * by the content key's rules; arguments a subclass leaves as they are keep their exact keys.
 *
 * <p>Outside a deployment, before {@link #configure(KeyGeneratorContext)}, the content key is the
 * default one (XXH3-128, no keyers). One instance serves one cache: configuring it for a second
 * cache fails deployment, since its settings are per cache (make a subclass bean {@code @Dependent},
 * the default, rather than normal-scoped).
 */
public abstract class CanonicalKeyGenerator implements KeyGenerator {

    private volatile KeyGenerator contentKey = new ContentKeyGenerator();
    private volatile String cacheName;

    /** The canonical form of one key argument; {@code argument} may be {@code null}. */
    protected abstract Object canonical(Object argument);

    /**
     * Reads this generator's settings for the cache; called once per method at deployment. Throw
     * {@link IllegalArgumentException} naming the setting's key and value to reject one.
     */
    protected void configureFrom(KeyGeneratorContext context) {
    }

    @Override
    public void configure(KeyGeneratorContext context) {
        String previous = cacheName;
        if (previous != null && !previous.equals(context.cacheName())) {
            throw new IllegalArgumentException("this " + getClass().getName() + " instance is already configured for"
                    + " cache '" + previous + "'; its settings are per cache, so it cannot also key cache '"
                    + context.cacheName() + "'. Make the bean @Dependent (the default scope) instead of normal-scoped");
        }
        configureFrom(context);
        contentKey = context.contentKey();
        cacheName = context.cacheName();
    }

    @Override
    public InferenceKey generate(String namespace, Object[] arguments) {
        Object[] canonical = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            canonical[i] = canonical(arguments[i]);
        }
        return contentKey.generate(namespace, canonical);
    }

    /** Whatever the content key can key: canonical forms are arrays, strings and records of them. */
    @Override
    public boolean canKey(Type parameterType) {
        return contentKey.canKey(parameterType);
    }
}
