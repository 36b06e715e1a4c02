package io.cachedinference.interceptor.internal.core;

import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.KeyGenerator;

/**
 * How one method's arguments become its key: the generator and the key-parameter positions, both
 * fixed at deployment, and the namespace of cache, model and model version. The version can be
 * switched at run time, so keys of a new model version never meet entries of the old one.
 */
public final class KeyRecipe {

    private final String cacheName;
    private final String model;
    private final KeyGenerator generator;
    private final int[] keyPositions;
    private volatile String namespace;

    /** A recipe over every argument. */
    public KeyRecipe(String cacheName, String model, String modelVersion, KeyGenerator generator) {
        this(cacheName, model, modelVersion, generator, null);
    }

    /**
     * A recipe over the arguments at {@code keyPositions}, ascending; {@code null} means every
     * argument, which passes the call's own array to the generator without copying it.
     */
    public KeyRecipe(String cacheName, String model, String modelVersion, KeyGenerator generator, int[] keyPositions) {
        this.cacheName = cacheName;
        this.model = model;
        this.generator = generator;
        this.keyPositions = keyPositions == null ? null : keyPositions.clone();
        this.namespace = namespace(cacheName, model, modelVersion);
    }

    /** The namespace every key of this method now carries. */
    public String namespace() {
        return namespace;
    }

    /** The generator that derives the keys, for diagnostics. */
    public KeyGenerator generator() {
        return generator;
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

    /** Whether a call with this many arguments has every key argument, so a key can be derived from it. */
    boolean covers(Object[] arguments) {
        return keyPositions == null || keyPositions.length == 0
                || keyPositions[keyPositions.length - 1] < arguments.length;
    }

    InferenceKey keyFor(Object[] arguments) {
        return keyFor(namespace, arguments);
    }

    /** The key in a namespace read once at the start of a call, so the call's key and its store agree. */
    InferenceKey keyFor(String namespace, Object[] arguments) {
        InferenceKey key = generator.generate(namespace, keyArguments(arguments));
        if (key == null) {
            throw new IllegalStateException("Key generator " + generator.getClass().getName() + " returned null");
        }
        return key;
    }

    private Object[] keyArguments(Object[] arguments) {
        if (keyPositions == null) {
            return arguments;
        }
        Object[] selected = new Object[keyPositions.length];
        for (int i = 0; i < keyPositions.length; i++) {
            selected[i] = arguments[keyPositions[i]];
        }
        return selected;
    }

    private static String namespace(String cacheName, String model, String modelVersion) {
        if (model.isEmpty() && modelVersion.isEmpty()) {
            return cacheName;
        }
        return cacheName + '|' + model + '@' + modelVersion;
    }
}
