package io.cachedinference.tck.beans.keys;

import io.cachedinference.api.CacheKey;
import io.cachedinference.api.CachedInference;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Models whose keys use {@link CacheKey}, a keyer, and the SHA-256 digest; they record every run. */
@ApplicationScoped
public class KeyedModel {

    private final List<String> runs = Collections.synchronizedList(new ArrayList<>());

    /** What each model run received, in call order. */
    public List<String> runs() {
        return runs;
    }

    /** Keyed by input and locale only: the request id and the worker thread are not part of the key. */
    @CachedInference(cacheName = "tck-cache-key")
    public String classify(String requestId, @CacheKey float[] input, @CacheKey String locale, Thread worker) {
        runs.add("classify:" + requestId);
        return "class-" + input.length + "@" + locale;
    }

    @CachedInference(cacheName = "tck-cache-key-batch")
    public String label(String requestId, @CacheKey String item, @CacheKey String locale) {
        runs.add("label:" + item);
        return item.toUpperCase(Locale.ROOT) + "@" + locale;
    }

    /** The items belong to the key although only the locale is marked. */
    @CachedInference(cacheName = "tck-cache-key-batch", batch = true)
    public List<String> labelAll(String requestId, List<String> items, @CacheKey String locale) {
        runs.add("labelAll:" + items);
        List<String> out = new ArrayList<>();
        for (String item : items) {
            out.add(item.toUpperCase(Locale.ROOT) + "@" + locale);
        }
        return out;
    }

    /** A parameter of an application type, keyable through {@link TensorKeyer}. */
    @CachedInference(cacheName = "tck-keyer")
    public float[] infer(Tensor tensor) {
        runs.add("infer:" + tensor);
        return tensor.values();
    }

    /** Configured in tests with {@code cached-inference.cache.tck-sha.digest=sha-256}. */
    @CachedInference(cacheName = "tck-sha")
    public float[] score(float[] input) {
        runs.add("score:" + input.length);
        return input.clone();
    }
}
