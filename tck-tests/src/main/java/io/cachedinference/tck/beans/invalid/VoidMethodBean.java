package io.cachedinference.tck.beans.invalid;

import io.cachedinference.api.CachedInference;
import jakarta.enterprise.context.ApplicationScoped;

/** Invalid: a cached method returning void. */
@ApplicationScoped
public class VoidMethodBean {

    @CachedInference
    public void warmUp(float[] input) {
        // nothing to cache
    }
}
