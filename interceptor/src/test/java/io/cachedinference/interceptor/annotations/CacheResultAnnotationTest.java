package io.cachedinference.interceptor.annotations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Typed;
import java.util.concurrent.atomic.AtomicInteger;
import javax.cache.annotation.CacheDefaults;
import javax.cache.annotation.CacheKey;
import javax.cache.annotation.CacheResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code @CacheResult}: the rules of the spec's annotation chapter the TCK does not test, and ours on top. */
final class CacheResultAnnotationTest {

    private AnnotationContainer container;
    private Lookups lookups;

    @BeforeEach
    void start() {
        container = AnnotationContainer.start(Lookups.class, Unnamed.class, InheritsUnnamed.class);
        lookups = container.bean(Lookups.class);
    }

    @AfterEach
    void stop() {
        container.close();
    }

    @Test
    void a_hit_returns_the_cached_result_without_running_the_method() {
        assertThat(lookups.find("a")).isEqualTo("a#1");
        assertThat(lookups.find("a")).isEqualTo("a#1");
        assertThat(lookups.find("b")).isEqualTo("b#2");
        assertThat(lookups.runs.get()).isEqualTo(2);
    }

    @Test
    void null_results_are_not_cached() {
        assertThat(lookups.nothing("a")).isNull();
        assertThat(lookups.nothing("a")).isNull();
        assertThat(lookups.runs.get()).isEqualTo(2);
    }

    @Test
    void only_cache_key_parameters_make_the_key() {
        assertThat(lookups.keyed("a", 1)).isEqualTo("a#1");
        assertThat(lookups.keyed("a", 2)).isEqualTo("a#1");
        assertThat(lookups.runs.get()).isEqualTo(1);
    }

    @Test
    void skip_get_runs_the_method_every_time_and_stores_its_latest_result() {
        assertThat(lookups.refresh("a")).isEqualTo("a#1");
        assertThat(lookups.refresh("a")).isEqualTo("a#2");
        // find shares the cache: the latest result is there
        assertThat(lookups.find("a")).isEqualTo("a#2");
        assertThat(lookups.runs.get()).isEqualTo(2);
    }

    @Test
    void an_exception_in_cached_exceptions_is_rethrown_from_the_exception_cache_without_running() {
        assertThatThrownBy(() -> lookups.failing("a", new IllegalStateException("first"))).hasMessage("first");
        assertThatThrownBy(() -> lookups.failing("a", new IllegalStateException("second"))).hasMessage("first");
        assertThat(lookups.runs.get()).isEqualTo(1);
    }

    @Test
    void an_exception_in_non_cached_exceptions_is_not_cached() {
        assertThatThrownBy(() -> lookups.failing("a", new UnsupportedOperationException("first"))).hasMessage("first");
        assertThatThrownBy(() -> lookups.failing("a", new UnsupportedOperationException("second"))).hasMessage("second");
        assertThat(lookups.runs.get()).isEqualTo(2);
    }

    @Test
    void an_exception_outside_cached_exceptions_is_not_cached() {
        assertThatThrownBy(() -> lookups.failing("a", new java.io.IOException("first"))).hasMessage("first");
        assertThatThrownBy(() -> lookups.failing("a", new java.io.IOException("second"))).hasMessage("second");
        assertThat(lookups.runs.get()).isEqualTo(2);
    }

    @Test
    void without_an_exception_cache_name_exceptions_are_not_cached() {
        assertThatThrownBy(() -> lookups.failingUncached("a", "first")).hasMessage("first");
        assertThatThrownBy(() -> lookups.failingUncached("a", "second")).hasMessage("second");
        assertThat(lookups.runs.get()).isEqualTo(2);
    }

    @Test
    void the_default_cache_name_is_the_declaring_class_the_method_and_its_declared_parameter_types() {
        container.bean(Unnamed.class).unnamed("a", 1, new long[] {1});

        assertThat(container.statistics(Unnamed.class.getName() + ".unnamed(java.lang.String,int,[J)").misses())
                .isEqualTo(1);
    }

    @Test
    void an_inherited_method_is_named_after_the_class_that_declares_it_never_the_bean_or_its_proxy() {
        container.bean(InheritsUnnamed.class).unnamed("a", 1, new long[] {1});

        assertThat(container.statistics(Unnamed.class.getName() + ".unnamed(java.lang.String,int,[J)").misses())
                .isEqualTo(1);
    }

    @Test
    void cache_defaults_names_the_cache_of_a_method_that_names_none() {
        lookups.find("a");
        lookups.find("a");

        assertThat(container.statistics("lookups").hits()).isEqualTo(1);
        assertThat(container.statistics("lookups").misses()).isEqualTo(1);
    }

    @Test
    void a_cache_name_of_its_own_wins_over_cache_defaults() {
        lookups.keyed("a", 1);

        assertThat(container.statistics("keyed").misses()).isEqualTo(1);
    }

    @Singleton
    @CacheDefaults(cacheName = "lookups")
    public static class Lookups {
        final AtomicInteger runs = new AtomicInteger();

        @CacheResult
        public String find(String id) {
            return id + "#" + runs.incrementAndGet();
        }

        @CacheResult(cacheName = "lookups", skipGet = true)
        public String refresh(String id) {
            return id + "#" + runs.incrementAndGet();
        }

        @CacheResult(cacheName = "nothing")
        public String nothing(String id) {
            runs.incrementAndGet();
            return null;
        }

        @CacheResult(cacheName = "keyed")
        public String keyed(@CacheKey String id, int ignored) {
            return id + "#" + runs.incrementAndGet();
        }

        @CacheResult(cacheName = "failing", exceptionCacheName = "failing-exceptions",
                cachedExceptions = RuntimeException.class, nonCachedExceptions = UnsupportedOperationException.class)
        public String failing(@CacheKey String id, Exception toThrow) throws Exception {
            runs.incrementAndGet();
            throw toThrow;
        }

        @CacheResult(cacheName = "failing-uncached")
        public String failingUncached(@CacheKey String id, String message) {
            runs.incrementAndGet();
            throw new IllegalStateException(message);
        }

    }

    /** A bean without {@code @CacheDefaults}: its caches get the spec's default names. */
    @Singleton
    public static class Unnamed {
        final AtomicInteger runs = new AtomicInteger();

        @CacheResult
        public String unnamed(String id, int n, long[] values) {
            return id + runs.incrementAndGet();
        }
    }

    /** A bean whose cached method is inherited. */
    @Singleton
    @Typed(InheritsUnnamed.class)
    public static class InheritsUnnamed extends Unnamed {
    }
}
