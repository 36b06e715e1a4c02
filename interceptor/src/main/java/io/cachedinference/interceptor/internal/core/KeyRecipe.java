package io.cachedinference.interceptor.internal.core;

import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.KeyGenerator;

/** How one method's arguments become its key: the namespace and the generator, fixed at deployment. */
public final class KeyRecipe {

    private final String namespace;
    private final KeyGenerator generator;

    public KeyRecipe(String namespace, KeyGenerator generator) {
        this.namespace = namespace;
        this.generator = generator;
    }

    /** The namespace every key of this method carries. */
    public String namespace() {
        return namespace;
    }

    InferenceKey keyFor(Object[] arguments) {
        InferenceKey key = generator.generate(namespace, arguments);
        if (key == null) {
            throw new IllegalStateException("Key generator " + generator.getClass().getName() + " returned null");
        }
        return key;
    }

    /** Builds the namespace of a cache, a model and a model version. */
    public static String namespace(String cacheName, String model, String modelVersion) {
        if (model.isEmpty() && modelVersion.isEmpty()) {
            return cacheName;
        }
        return cacheName + '|' + model + '@' + modelVersion;
    }
}
