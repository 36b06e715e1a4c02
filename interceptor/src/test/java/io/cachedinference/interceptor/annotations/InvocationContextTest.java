package io.cachedinference.interceptor.annotations;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.interceptor.internal.jsr107.DefaultGeneratedCacheKey;
import jakarta.inject.Singleton;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import javax.cache.annotation.CacheInvocationParameter;
import javax.cache.annotation.CacheKey;
import javax.cache.annotation.CacheKeyGenerator;
import javax.cache.annotation.CacheKeyInvocationContext;
import javax.cache.annotation.CachePut;
import javax.cache.annotation.CacheResult;
import javax.cache.annotation.CacheValue;
import javax.cache.annotation.GeneratedCacheKey;
import org.junit.jupiter.api.Test;

/** What an application's key generator is given: the call's {@code CacheKeyInvocationContext}. */
final class InvocationContextTest {

    @Test
    void a_result_methods_context_has_the_target_every_parameter_and_the_key_parameters() throws Exception {
        try (AnnotationContainer container = AnnotationContainer.start(Shop.class, Recording.class)) {
            Shop shop = container.bean(Shop.class);
            shop.price("sku-1", 3);

            CacheKeyInvocationContext<? extends Annotation> context = Recording.last.get();
            assertThat(context.getTarget()).isInstanceOf(Shop.class);
            assertThat(context.getMethod()).isEqualTo(Shop.class.getMethod("price", String.class, int.class));
            assertThat(context.getCacheName()).isEqualTo("prices");
            assertThat(context.getCacheAnnotation()).isInstanceOf(CacheResult.class);
            assertThat(context.getAnnotations()).anySatisfy(a -> assertThat(a).isInstanceOf(CacheResult.class));
            assertThat(values(context.getAllParameters())).containsExactly("sku-1", 3);
            assertThat(values(context.getKeyParameters())).containsExactly("sku-1");
            CacheInvocationParameter key = context.getKeyParameters()[0];
            assertThat(key.getParameterPosition()).isZero();
            assertThat(key.getRawType()).isEqualTo(String.class);
            assertThat(key.getAnnotations()).anySatisfy(a -> assertThat(a).isInstanceOf(CacheKey.class));
            assertThat(context.getValueParameter()).isNull();
        }
    }

    @Test
    void a_put_methods_context_has_its_value_parameter_apart_from_the_keys() {
        try (AnnotationContainer container = AnnotationContainer.start(Shop.class, Recording.class)) {
            container.bean(Shop.class).setPrice("sku-1", 7);

            CacheKeyInvocationContext<? extends Annotation> context = Recording.last.get();
            assertThat(values(context.getKeyParameters())).containsExactly("sku-1");
            assertThat(context.getValueParameter().getValue()).isEqualTo(7);
            assertThat(context.getValueParameter().getParameterPosition()).isEqualTo(1);
            assertThat(context.getCacheAnnotation()).isInstanceOf(CachePut.class);
            // the generator's key is the one the put stored under
            assertThat(container.bean(Shop.class).price("sku-1", 0)).isEqualTo(7);
        }
    }

    private static Object[] values(CacheInvocationParameter[] parameters) {
        return Arrays.stream(parameters).map(CacheInvocationParameter::getValue).toArray();
    }

    @Singleton
    public static class Shop {
        @CacheResult(cacheName = "prices", cacheKeyGenerator = Recording.class)
        public int price(@CacheKey String sku, int fallback) {
            return fallback;
        }

        @CachePut(cacheName = "prices", cacheKeyGenerator = Recording.class)
        public void setPrice(String sku, @CacheValue int price) {
        }
    }

    /** Records the last context and keys by the key parameters' values. */
    @Singleton
    public static class Recording implements CacheKeyGenerator {
        static final AtomicReference<CacheKeyInvocationContext<? extends Annotation>> last = new AtomicReference<>();

        @Override
        public GeneratedCacheKey generateCacheKey(CacheKeyInvocationContext<? extends Annotation> context) {
            last.set(context);
            return new DefaultGeneratedCacheKey(values(context.getKeyParameters()));
        }
    }
}
