package io.cachedinference.tck.beans.keys;

import io.cachedinference.api.CachedInference;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicInteger;

/** Two methods per generator, so each generator type serves two methods. */
@ApplicationScoped
public class GeneratorModel {

    private final AtomicInteger runs = new AtomicInteger();

    public int runs() {
        return runs.get();
    }

    @CachedInference(cacheName = "tck-salted-a", keyGenerator = SaltedKeyGenerator.class)
    public String first(String input) {
        runs.incrementAndGet();
        return "first:" + input;
    }

    @CachedInference(cacheName = "tck-salted-b", keyGenerator = SaltedKeyGenerator.class)
    public String second(String input) {
        runs.incrementAndGet();
        return "second:" + input;
    }

    @CachedInference(cacheName = "tck-plain-a", keyGenerator = PlainKeyGenerator.class)
    public String third(String input) {
        runs.incrementAndGet();
        return "third:" + input;
    }

    @CachedInference(cacheName = "tck-plain-b", keyGenerator = PlainKeyGenerator.class)
    public String fourth(String input) {
        runs.incrementAndGet();
        return "fourth:" + input;
    }
}
