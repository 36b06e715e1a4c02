package io.cachedinference.caffeine;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.jcache.spi.CaffeineCachingProvider;
import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.spi.CacheProviderAdapter;
import io.cachedinference.tck.KitContainer;
import io.cachedinference.tck.beans.ScoringModel;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.StreamSupport;
import javax.cache.Cache;
import org.ehcache.jsr107.EhcacheCachingProvider;
import org.junit.jupiter.api.Test;

/**
 * With Ehcache and Caffeine both on the class path, {@code cached-inference.provider} picks Caffeine
 * by alias or by {@code CachingProvider} class name, and without it Ehcache stays the default.
 */
final class ProviderSelectionTest {

    @Test
    void alias_selectsCaffeine() {
        try (KitContainer container = KitContainer.start(new CaffeineFixture(), ScoringModel.class)) {
            Class<?> provider = providerOfCachedCall(container);

            assertThat(provider).isEqualTo(CaffeineCachingProvider.class);
        }
    }

    @Test
    void cachingProviderClassName_selectsCaffeine() {
        Map<String, String> config = Map.of("cached-inference.provider", CaffeineCachingProvider.class.getName());
        try (KitContainer container = KitContainer.start(new CaffeineFixture(), config, ScoringModel.class)) {
            Class<?> provider = providerOfCachedCall(container);

            assertThat(provider).isEqualTo(CaffeineCachingProvider.class);
        }
    }

    @Test
    void noProviderConfigured_withBothPresent_selectsEhcache() {
        assertThat(ServiceLoader.load(CacheProviderAdapter.class)).extracting(CacheProviderAdapter::alias)
                .contains("ehcache", "caffeine");
        try (KitContainer container = KitContainer.start(new CaffeineFixture(), Map.of("cached-inference.provider", ""),
                ScoringModel.class)) {
            assertThat(providerOfCachedCall(container)).isEqualTo(EhcacheCachingProvider.class);
        }
    }

    /** Makes one cached call and returns the JCache provider of the cache that now holds its result. */
    private static Class<?> providerOfCachedCall(KitContainer container) {
        container.select(ScoringModel.class).bounded(21);
        Cache<InferenceKey, Object> cache = container.cache("tck-bounded");

        assertThat(StreamSupport.stream(cache.spliterator(), false).map(Cache.Entry::getValue)).containsExactly(42);
        return cache.getCacheManager().getCachingProvider().getClass();
    }
}
