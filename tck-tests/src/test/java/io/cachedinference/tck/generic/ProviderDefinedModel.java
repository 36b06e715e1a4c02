package io.cachedinference.tck.generic;

import io.cachedinference.api.CachedInference;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicInteger;

/** Caches that cache2k's XML defines, or does not, for the generic adapter's rules. */
@ApplicationScoped
public class ProviderDefinedModel {

    private final AtomicInteger runs = new AtomicInteger();

    public int runs() {
        return runs.get();
    }

    /** The XML bounds this cache to 10 entries; the annotation's 5,000 cannot reach cache2k through JSR-107. */
    @CachedInference(cacheName = "tck-provider-defined", maxEntries = 5000)
    public String label(int id) {
        runs.incrementAndGet();
        return "label-" + id;
    }

    /** Not Serializable, for a cache that stores by value. */
    public record Opaque(String text) {
    }

    /** In the XML-defined cache, which cache2k stores by value. */
    @ApplicationScoped
    public static class ByValue {
        @CachedInference(cacheName = "tck-provider-defined")
        public Opaque opaque(int id) {
            return new Opaque("o-" + id);
        }
    }
}
