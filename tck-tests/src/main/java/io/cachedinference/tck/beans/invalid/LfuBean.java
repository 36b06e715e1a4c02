package io.cachedinference.tck.beans.invalid;

import io.cachedinference.api.CachedInference;
import io.cachedinference.api.EvictionPolicy;
import jakarta.enterprise.context.ApplicationScoped;

/** Valid only on providers that support LFU. */
@ApplicationScoped
public class LfuBean {

    @CachedInference(cacheName = "tck-lfu", eviction = EvictionPolicy.LFU)
    public String classify(String input) {
        return input;
    }
}
