package io.cachedinference.interceptor.annotations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicInteger;
import javax.cache.annotation.CacheDefaults;
import javax.cache.annotation.CacheKey;
import javax.cache.annotation.CachePut;
import javax.cache.annotation.CacheRemove;
import javax.cache.annotation.CacheRemoveAll;
import javax.cache.annotation.CacheResult;
import javax.cache.annotation.CacheValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code @CachePut}, {@code @CacheRemove} and {@code @CacheRemoveAll}: when they act (afterInvocation) and which
 * exceptions still make them act (cacheFor/noCacheFor, evictFor/noEvictFor). Each is observed through a
 * {@code @CacheResult} method on the same cache, whose runs count the entries that were not there.
 */
final class CachePutAndRemoveAnnotationTest {

    private AnnotationContainer container;
    private Store store;

    @BeforeEach
    void start() {
        container = AnnotationContainer.start(Store.class);
        store = container.bean(Store.class);
    }

    @AfterEach
    void stop() {
        container.close();
    }

    @Test
    void put_stores_the_cache_value_under_the_key_of_the_other_parameters() {
        store.put("a", "stored");

        assertThat(store.get("a")).isEqualTo("stored");
        assertThat(store.loads.get()).isZero();
    }

    @Test
    void put_with_cache_key_parameters_keys_by_them_only() {
        store.putKeyed("a", "ignored", "stored");

        assertThat(store.get("a")).isEqualTo("stored");
    }

    @Test
    void put_of_a_null_value_removes_the_entry() {
        store.put("a", "stored");
        store.put("a", null);

        assertThat(store.get("a")).isEqualTo("loaded a");
    }

    @Test
    void put_after_invocation_stores_nothing_when_the_call_throws_an_exception_cache_for_does_not_list() {
        assertThatThrownBy(() -> store.putThenFail("a", "stored", new IllegalStateException("no")));

        assertThat(store.get("a")).isEqualTo("loaded a");
    }

    @Test
    void put_after_invocation_stores_when_the_call_throws_an_exception_cache_for_lists() {
        assertThatThrownBy(() -> store.putThenFail("a", "stored", new IllegalArgumentException("yes")));

        assertThat(store.get("a")).isEqualTo("stored");
    }

    @Test
    void put_after_invocation_stores_nothing_for_an_exception_no_cache_for_lists() {
        assertThatThrownBy(() -> store.putThenFail("a", "stored", new NumberFormatException("excluded")));

        assertThat(store.get("a")).isEqualTo("loaded a");
    }

    @Test
    void put_before_invocation_stores_even_when_the_call_throws() {
        assertThatThrownBy(() -> store.putFirstThenFail("a", "stored"));

        assertThat(store.get("a")).isEqualTo("stored");
    }

    @Test
    void remove_after_invocation_removes_the_entry() {
        store.get("a");
        store.remove("a");

        assertThat(store.get("a")).isEqualTo("loaded a");
        assertThat(store.loads.get()).isEqualTo(2);
    }

    @Test
    void remove_after_invocation_keeps_the_entry_when_the_call_throws_an_exception_evict_for_does_not_list() {
        store.get("a");
        assertThatThrownBy(() -> store.removeThenFail("a", new IllegalStateException("no")));

        store.get("a");
        assertThat(store.loads.get()).isEqualTo(1);
    }

    @Test
    void remove_after_invocation_removes_when_the_call_throws_an_exception_evict_for_lists() {
        store.get("a");
        assertThatThrownBy(() -> store.removeThenFail("a", new IllegalArgumentException("yes")));

        store.get("a");
        assertThat(store.loads.get()).isEqualTo(2);
    }

    @Test
    void remove_before_invocation_removes_even_when_the_call_throws() {
        store.get("a");
        assertThatThrownBy(() -> store.removeFirstThenFail("a"));

        store.get("a");
        assertThat(store.loads.get()).isEqualTo(2);
    }

    @Test
    void remove_all_removes_every_entry() {
        store.get("a");
        store.get("b");
        store.removeAll();

        store.get("a");
        store.get("b");
        assertThat(store.loads.get()).isEqualTo(4);
    }

    @Test
    void remove_all_keeps_the_entries_when_the_call_throws_an_exception_no_evict_for_lists() {
        store.get("a");
        assertThatThrownBy(() -> store.removeAllThenFail(new NumberFormatException("excluded")));

        store.get("a");
        assertThat(store.loads.get()).isEqualTo(1);
    }

    @Test
    void remove_all_removes_when_the_call_throws_an_exception_evict_for_lists() {
        store.get("a");
        assertThatThrownBy(() -> store.removeAllThenFail(new IllegalArgumentException("yes")));

        store.get("a");
        assertThat(store.loads.get()).isEqualTo(2);
    }

    @Singleton
    @CacheDefaults(cacheName = "store")
    public static class Store {
        final AtomicInteger loads = new AtomicInteger();

        @CacheResult
        public String get(String id) {
            loads.incrementAndGet();
            return "loaded " + id;
        }

        @CachePut
        public void put(String id, @CacheValue String value) {
        }

        @CachePut
        public void putKeyed(@CacheKey String id, String note, @CacheValue String value) {
        }

        @CachePut(cacheFor = IllegalArgumentException.class, noCacheFor = NumberFormatException.class)
        public void putThenFail(@CacheKey String id, @CacheValue String value, RuntimeException failure) {
            throw failure;
        }

        @CachePut(afterInvocation = false)
        public void putFirstThenFail(String id, @CacheValue String value) {
            throw new IllegalStateException("after the put");
        }

        @CacheRemove
        public void remove(String id) {
        }

        @CacheRemove(evictFor = IllegalArgumentException.class)
        public void removeThenFail(@CacheKey String id, RuntimeException failure) {
            throw failure;
        }

        @CacheRemove(afterInvocation = false)
        public void removeFirstThenFail(String id) {
            throw new IllegalStateException("after the removal");
        }

        @CacheRemoveAll
        public void removeAll() {
        }

        @CacheRemoveAll(evictFor = RuntimeException.class, noEvictFor = NumberFormatException.class)
        public void removeAllThenFail(RuntimeException failure) {
            throw failure;
        }
    }
}
