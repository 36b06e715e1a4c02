package io.cachedinference.caffeine;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.jcache.spi.CaffeineCachingProvider;
import io.cachedinference.api.EvictionPolicy;
import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.spi.CacheProviderAdapter;
import io.cachedinference.api.spi.CacheSettings;
import io.cachedinference.tck.KitProviderContext;
import java.time.Duration;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.spi.CachingProvider;
import org.junit.jupiter.api.Test;

/** Each deployment's {@code urn:cached-inference:<uuid>} opens a manager of its own, with no configuration file. */
final class CaffeineCacheManagerTest {

    private final CacheProviderAdapter adapter = new CaffeineFixture().adapter();
    private final CachingProvider provider = Caching.getCachingProvider(CaffeineCachingProvider.class.getName());
    private final ClassLoader classLoader = getClass().getClassLoader();

    @Test
    void unknownDeploymentUri_opensAManager_withoutAConfigurationFile() {
        assertThat(classLoader.getResource("application.conf")).as("no Typesafe configuration on the class path")
                .isNull();
        KitProviderContext context = KitProviderContext.create();

        try (CacheManager manager = adapter.openCacheManager(provider, context)) {
            Cache<InferenceKey, Object> cache = adapter.cache(manager, settings(), context);
            cache.put(key(), "value");

            assertThat(manager.getURI()).isEqualTo(context.deploymentUri());
            assertThat(cache.get(key())).isEqualTo("value");
        }
    }

    @Test
    void twoDeployments_getDistinctManagers_andClosingOneLeavesTheOtherOpen() {
        KitProviderContext a = KitProviderContext.create();
        KitProviderContext b = KitProviderContext.create();
        CacheManager first = adapter.openCacheManager(provider, a);
        try (CacheManager second = adapter.openCacheManager(provider, b)) {
            // the same cache name in both: it would fail as "already exists" in a shared manager
            adapter.cache(first, settings(), a);
            Cache<InferenceKey, Object> kept = adapter.cache(second, settings(), b);

            first.close();
            kept.put(key(), "value");

            assertThat(second).isNotSameAs(first);
            assertThat(first.isClosed()).isTrue();
            assertThat(second.isClosed()).isFalse();
            assertThat(kept.get(key())).isEqualTo("value");
        } finally {
            first.close();
        }
    }

    private static CacheSettings settings() {
        return new CacheSettings("manager-test", EvictionPolicy.LRU, 10, Duration.ofMinutes(5));
    }

    private static InferenceKey key() {
        return new InferenceKey("manager-test", new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
    }
}
