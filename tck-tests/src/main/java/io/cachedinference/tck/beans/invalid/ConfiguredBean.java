package io.cachedinference.tck.beans.invalid;

import io.cachedinference.api.CachedInference;
import jakarta.enterprise.context.ApplicationScoped;

/** Valid itself; tests give its cache invalid configuration. */
@ApplicationScoped
public class ConfiguredBean {

    @CachedInference(cacheName = "tck-configured")
    public String classify(String input) {
        return input;
    }
}
