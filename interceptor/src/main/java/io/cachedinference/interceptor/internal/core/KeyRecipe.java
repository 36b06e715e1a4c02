package io.cachedinference.interceptor.internal.core;

import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.KeyGenerator;

/**
 * How one method's arguments become its key: the generator, fixed at deployment, and the namespace
 * of cache, model and model version. The version can be switched at run time, so keys of a new model
 * version never meet entries of the old one.
 */
public final class KeyRecipe {

    private final String cacheName;
    private final String model;
    private final KeyGenerator generator;
    private volatile String namespace;

    public KeyRecipe(String cacheName, String model, String modelVersion, KeyGenerator generator) {
        this.cacheName = cacheName;
        this.model = model;
        this.generator = generator;
        this.namespace = namespace(cacheName, model, modelVersion);
    }

    /** The namespace every key of this method now carries. */
    public String namespace() {
        return namespace;
    }

    /** The model's name, possibly empty. */
    public String model() {
        return model;
    }

    /** Switches to another model version; returns the namespace that keys carried until now. */
    String switchVersion(String modelVersion) {
        String old = namespace;
        namespace = namespace(cacheName, model, modelVersion);
        return old;
    }

    InferenceKey keyFor(Object[] arguments) {
        InferenceKey key = generator.generate(namespace, arguments);
        if (key == null) {
            throw new IllegalStateException("Key generator " + generator.getClass().getName() + " returned null");
        }
        return key;
    }

    private static String namespace(String cacheName, String model, String modelVersion) {
        if (model.isEmpty() && modelVersion.isEmpty()) {
            return cacheName;
        }
        return cacheName + '|' + model + '@' + modelVersion;
    }
}
