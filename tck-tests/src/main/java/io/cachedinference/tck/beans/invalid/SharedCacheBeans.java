package io.cachedinference.tck.beans.invalid;

import io.cachedinference.api.CachedInference;
import jakarta.enterprise.context.ApplicationScoped;

/** Invalid together: two methods share one cache with different entry bounds. */
public final class SharedCacheBeans {

    private SharedCacheBeans() {
    }

    /** Asks for 10 entries. */
    @ApplicationScoped
    public static class Small {
        @CachedInference(cacheName = "tck-shared", maxEntries = 10)
        public String a(String input) {
            return input;
        }
    }

    /** Asks for 20 entries. */
    @ApplicationScoped
    public static class Large {
        @CachedInference(cacheName = "tck-shared", maxEntries = 20)
        public String b(String input) {
            return input;
        }
    }
}
