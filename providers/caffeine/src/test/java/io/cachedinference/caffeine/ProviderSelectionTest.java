package io.cachedinference.caffeine;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.jcache.spi.CaffeineCachingProvider;
import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.spi.CacheProviderAdapter;
import io.cachedinference.interceptor.internal.CachedInferenceExtension;
import io.cachedinference.interceptor.internal.config.CachedInferenceConfig;
import io.cachedinference.interceptor.internal.core.InferenceCacheRegistry;
import io.cachedinference.interceptor.internal.provider.ProviderSelector;
import io.cachedinference.tck.KitContainer;
import io.cachedinference.tck.beans.ScoringModel;
import java.util.Map;
import java.util.stream.StreamSupport;
import javax.cache.Cache;
import org.ehcache.jsr107.EhcacheCachingProvider;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

/**
 * With Ehcache and Caffeine both on the class path, {@code cached-inference.provider} picks Caffeine
 * by alias or by {@code CachingProvider} class name, and without it Ehcache stays the default.
 */
final class ProviderSelectionTest {

    @Test
    void alias_selectsCaffeine() {
        try (KitContainer container = KitContainer.start(new CaffeineFixture(), ScoringModel.class)) {
            Class<?> provider = providerOfCachedCall(container.registry(), container.select(ScoringModel.class));

            assertThat(provider).isEqualTo(CaffeineCachingProvider.class);
        }
    }

    @Test
    void cachingProviderClassName_selectsCaffeine() {
        Map<String, String> config = Map.of(CachedInferenceConfig.PROVIDER, CaffeineCachingProvider.class.getName());
        try (KitContainer container = KitContainer.start(new CaffeineFixture(), config, ScoringModel.class)) {
            Class<?> provider = providerOfCachedCall(container.registry(), container.select(ScoringModel.class));

            assertThat(provider).isEqualTo(CaffeineCachingProvider.class);
        }
    }

    @Test
    void noProviderConfigured_withBothPresent_selectsEhcache() {
        assertThat(System.getProperty(CachedInferenceConfig.PROVIDER)).as("no provider configured").isNull();
        assertThat(ProviderSelector.discover(getClass().getClassLoader()).adapters())
                .extracting(CacheProviderAdapter::alias).contains("ehcache", "caffeine");
        // KitContainer always sets the provider, so this deployment starts Weld the same way without it
        try (WeldContainer weld = new Weld("caffeine-selection-" + System.nanoTime())
                .disableDiscovery()
                .addBeanClasses(ScoringModel.class)
                .addExtension(new CachedInferenceExtension())
                .initialize()) {
            InferenceCacheRegistry registry = weld.select(CachedInferenceExtension.class).get().registry();
            Class<?> provider = providerOfCachedCall(registry, weld.select(ScoringModel.class).get());

            assertThat(provider).isEqualTo(EhcacheCachingProvider.class);
        }
    }

    /** Makes one cached call and returns the JCache provider of the cache that now holds its result. */
    private static Class<?> providerOfCachedCall(InferenceCacheRegistry registry, ScoringModel model) {
        model.bounded(21);
        Cache<InferenceKey, Object> cache = registry.cache("tck-bounded").orElseThrow();

        assertThat(StreamSupport.stream(cache.spliterator(), false).map(Cache.Entry::getValue)).containsExactly(42);
        return cache.getCacheManager().getCachingProvider().getClass();
    }
}
