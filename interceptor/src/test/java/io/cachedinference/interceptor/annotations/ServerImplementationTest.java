package io.cachedinference.interceptor.annotations;

import static org.assertj.core.api.Assertions.assertThat;

import fish.payara.cdi.jsr107.CacheResultInterceptor;
import io.cachedinference.api.InferenceCaches;
import io.cachedinference.interceptor.internal.fakes.LogCapture;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import javax.cache.annotation.CacheResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A server with JSR-107 interceptors of its own (Payara's): ours replace them, so each call is intercepted
 * once, unless {@code cached-inference.jsr107.enabled=false} leaves the annotations to the server.
 */
final class ServerImplementationTest {

    @BeforeEach
    void reset() {
        CacheResultInterceptor.CALLS.set(0);
    }

    @Test
    void payaras_interceptor_is_replaced_by_ours_and_the_log_says_so() {
        try (LogCapture log = LogCapture.of("io.cachedinference");
                AnnotationContainer container = AnnotationContainer.start(Counted.class, CacheResultInterceptor.class)) {
            Counted counted = container.bean(Counted.class);
            counted.load("a");
            counted.load("a");

            assertThat(counted.runs.get()).isEqualTo(1);
            assertThat(CacheResultInterceptor.CALLS.get()).isZero();
            assertThat(log.messages(Level.INFO)).anySatisfy(m -> assertThat(m)
                    .startsWith("CI-007 fish.payara.cdi.jsr107.CacheResultInterceptor is replaced"));
        }
    }

    @Test
    void switched_off_the_annotations_are_left_alone() {
        try (LogCapture log = LogCapture.of("io.cachedinference");
                AnnotationContainer container = AnnotationContainer.start(Map.of("cached-inference.jsr107.enabled",
                        "false"), Counted.class)) {
            Counted counted = container.bean(Counted.class);
            counted.load("a");
            counted.load("a");

            assertThat(counted.runs.get()).isEqualTo(2);
            assertThat(container.bean(InferenceCaches.class).statistics()).isEmpty();
            assertThat(log.messages(Level.INFO)).anySatisfy(m -> assertThat(m).startsWith("CI-006 "));
        }
    }

    @Test
    void an_invalid_switch_fails_deployment() {
        assertThat(AnnotationContainer.deploymentProblems(Map.of("cached-inference.jsr107.enabled", "maybe"),
                Counted.class)).singleElement().asString()
                .startsWith("CI-106 cached-inference.jsr107.enabled=maybe").contains("must be true or false");
    }

    @Singleton
    public static class Counted {
        final AtomicInteger runs = new AtomicInteger();

        @CacheResult(cacheName = "counted")
        public String load(String id) {
            return id + runs.incrementAndGet();
        }
    }
}
