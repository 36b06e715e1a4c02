package io.cachedinference.caffeine;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.jcache.spi.CaffeineCachingProvider;
import io.cachedinference.api.EvictionPolicy;
import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.spi.CacheProviderAdapter;
import io.cachedinference.api.spi.CacheSettings;
import io.cachedinference.tck.Capabilities;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.spi.CachingProvider;
import org.junit.jupiter.api.Test;

/** Each deployment's {@code urn:cached-inference:<uuid>} opens a manager of its own, with no configuration file. */
final class CaffeineCacheManagerTest {

    private final CacheProviderAdapter adapter = Capabilities.adapter(new CaffeineFixture());
    private final CachingProvider provider = Caching.getCachingProvider(CaffeineCachingProvider.class.getName());
    private final ClassLoader classLoader = getClass().getClassLoader();

    @Test
    void unknownDeploymentUri_opensAManager_withoutAConfigurationFile() {
        assertThat(classLoader.getResource("application.conf")).as("no Typesafe configuration on the class path")
                .isNull();
        URI uri = deploymentUri();

        try (CacheManager manager = adapter.openCacheManager(provider, uri, classLoader)) {
            Cache<InferenceKey, Object> cache = manager.createCache("manager-test", adapter.configuration(settings()));
            cache.put(key(), "value");

            assertThat(manager.getURI()).isEqualTo(uri);
            assertThat(cache.get(key())).isEqualTo("value");
        }
    }

    @Test
    void twoDeployments_getDistinctManagers_andClosingOneLeavesTheOtherOpen() {
        CacheManager first = adapter.openCacheManager(provider, deploymentUri(), classLoader);
        try (CacheManager second = adapter.openCacheManager(provider, deploymentUri(), classLoader)) {
            // the same cache name in both: it would fail as "already exists" in a shared manager
            first.createCache("manager-test", adapter.configuration(settings()));
            Cache<InferenceKey, Object> kept = second.createCache("manager-test", adapter.configuration(settings()));

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

    private static URI deploymentUri() {
        return URI.create("urn:cached-inference:" + UUID.randomUUID());
    }

    private static CacheSettings settings() {
        return new CacheSettings("manager-test", EvictionPolicy.LRU, 10, Duration.ofMinutes(5));
    }

    private static InferenceKey key() {
        return new InferenceKey("manager-test", new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
    }
}
