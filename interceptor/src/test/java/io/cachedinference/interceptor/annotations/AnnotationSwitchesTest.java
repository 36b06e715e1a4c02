package io.cachedinference.interceptor.annotations;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.api.InferenceCaches;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.cache.annotation.CacheResult;
import org.junit.jupiter.api.Test;

/**
 * The configuration that applies to annotation caches as to {@code @CachedInference} ones: the switches
 * (validated, then no cache and no plan: the methods run uncached) and the lock timeout.
 */
final class AnnotationSwitchesTest {

    @Test
    void caching_switched_off_runs_the_methods_uncached_without_a_provider() {
        try (AnnotationContainer container = AnnotationContainer.start(Map.of("cached-inference.enabled", "false",
                "cached-inference.provider", "no-such-provider"), Counted.class)) {
            Counted counted = container.bean(Counted.class);
            counted.load("a");
            counted.load("a");

            assertThat(counted.runs.get()).isEqualTo(2);
            assertThat(container.bean(InferenceCaches.class).statistics()).isEmpty();
        }
    }

    @Test
    void one_cache_switched_off_runs_its_methods_uncached() {
        try (AnnotationContainer container = AnnotationContainer.start(
                Map.of("cached-inference.cache.counted.enabled", "false"), Counted.class)) {
            Counted counted = container.bean(Counted.class);
            counted.load("a");
            counted.load("a");
            counted.other("a");
            counted.other("a");

            assertThat(counted.runs.get()).isEqualTo(3);
            assertThat(container.bean(InferenceCaches.class).statistics()).containsOnlyKeys("other");
        }
    }

    @Test
    void an_invalid_lock_timeout_fails_deployment() {
        assertThat(AnnotationContainer.deploymentProblems(Map.of("cached-inference.cache.counted.lock-timeout", "soon"),
                Counted.class)).singleElement().asString()
                .startsWith("CI-106 cached-inference.cache.counted.lock-timeout=soon")
                .contains("must be a positive ISO-8601 duration");
    }

    @Singleton
    public static class Counted {
        final AtomicInteger runs = new AtomicInteger();

        @CacheResult(cacheName = "counted")
        public String load(String id) {
            return id + runs.incrementAndGet();
        }

        @CacheResult(cacheName = "other")
        public String other(String id) {
            return id + runs.incrementAndGet();
        }
    }
}
