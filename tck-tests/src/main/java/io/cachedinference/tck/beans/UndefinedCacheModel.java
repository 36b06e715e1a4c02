package io.cachedinference.tck.beans;

import io.cachedinference.api.CachedInference;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicInteger;

/** A model whose cache no provider's own configuration defines, for the rules of provider-configured bounds. */
@ApplicationScoped
public class UndefinedCacheModel {

    /** The cache's name. */
    public static final String CACHE = "tck-undefined";

    private final AtomicInteger runs = new AtomicInteger();

    /** The number of model runs. */
    public int runs() {
        return runs.get();
    }

    @CachedInference(cacheName = CACHE, maxEntries = 100)
    public String label(int id) {
        runs.incrementAndGet();
        return "label-" + id;
    }
}
