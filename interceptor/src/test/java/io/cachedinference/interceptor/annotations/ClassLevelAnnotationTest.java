package io.cachedinference.interceptor.annotations;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicInteger;
import javax.cache.annotation.CacheRemoveAll;
import javax.cache.annotation.CacheResult;
import org.junit.jupiter.api.Test;

/**
 * A cache annotation on a class applies to each business method it can apply to (for {@code @CacheResult},
 * those returning a value), each under its own default name; a method's own annotation wins.
 */
final class ClassLevelAnnotationTest {

    @Test
    void a_class_level_cache_result_caches_each_method_that_returns_a_value_under_its_own_name() {
        try (AnnotationContainer container = AnnotationContainer.start(Catalog.class)) {
            Catalog catalog = container.bean(Catalog.class);
            catalog.title("a");
            catalog.title("a");
            catalog.author("a");
            catalog.author("a");
            catalog.touch();

            assertThat(catalog.runs.get()).isEqualTo(3);
            assertThat(container.statistics(Catalog.class.getName() + ".title(java.lang.String)").hits()).isEqualTo(1);
            assertThat(container.statistics(Catalog.class.getName() + ".author(java.lang.String)").hits()).isEqualTo(1);
        }
    }

    @Test
    void a_methods_own_annotation_wins_over_the_class_level_one() {
        try (AnnotationContainer container = AnnotationContainer.start(Catalog.class)) {
            Catalog catalog = container.bean(Catalog.class);
            catalog.title("a");
            catalog.clear(Catalog.class.getName() + ".title(java.lang.String)");
            catalog.title("a");

            assertThat(catalog.runs.get()).isEqualTo(3);
            // the class's @CacheResult interceptor also sees clear(), and leaves it to @CacheRemoveAll's
            assertThat(container.statistics(Catalog.class.getName() + ".title(java.lang.String)").misses())
                    .isEqualTo(2);
            assertThat(container.bean(io.cachedinference.api.InferenceCaches.class).statistics().keySet())
                    .noneMatch(name -> name.contains("clear"));
        }
    }

    // regression: each interceptor ran the method's plan, so the class's @CacheRemoveAll interceptor ran get()'s
    // @CacheResult plan too, and the inner run joined the outer's single flight and waited out the lock timeout
    @Test
    void a_method_annotated_otherwise_than_its_class_is_handled_once() {
        try (AnnotationContainer container = AnnotationContainer.start(Maintained.class)) {
            Maintained maintained = container.bean(Maintained.class);
            maintained.get("a");
            maintained.get("a");

            assertThat(container.statistics("values").misses()).isEqualTo(1);
            assertThat(container.statistics("values").hits()).isEqualTo(1);
            assertThat(container.statistics("values").lockTimeouts()).isZero();
        }
    }

    @Singleton
    @CacheRemoveAll(cacheName = "values")
    public static class Maintained {
        @CacheResult(cacheName = "values")
        public String get(String id) {
            return id;
        }
    }

    @Singleton
    @CacheResult
    public static class Catalog {
        final AtomicInteger runs = new AtomicInteger();

        public String title(String id) {
            runs.incrementAndGet();
            return "title " + id;
        }

        public String author(String id) {
            runs.incrementAndGet();
            return "author " + id;
        }

        public void touch() {
            runs.incrementAndGet();
        }

        @CacheRemoveAll(cacheName = "io.cachedinference.interceptor.annotations.ClassLevelAnnotationTest$Catalog.title(java.lang.String)")
        public String clear(String which) {
            runs.incrementAndGet();
            return which;
        }
    }
}
