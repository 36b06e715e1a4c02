package io.cachedinference.payara.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hazelcast.config.CacheConfig;
import com.hazelcast.config.InMemoryFormat;
import com.hazelcast.config.MaxSizePolicy;
import io.cachedinference.api.EvictionPolicy;
import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.spi.CacheSettings;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.cache.configuration.Configuration;
import javax.cache.expiry.ExpiryPolicy;
import org.junit.jupiter.api.Test;

/** The reflective translation into Hazelcast's CacheConfig, checked against the real classes. */
final class PayaraCacheConfigsTest {

    private static final ClassLoader HAZELCAST = CacheConfig.class.getClassLoader();

    @Test
    void lruCache_isBoundedByEntries_storedBinary_andExpiresTtlAfterWrite() {
        CacheConfig<?, ?> config = translate(new CacheSettings("tiny-cnn", EvictionPolicy.LRU, 1000,
                Duration.ofMinutes(5)));

        assertThat(config.getName()).isEqualTo("tiny-cnn");
        assertThat(config.getInMemoryFormat()).isEqualTo(InMemoryFormat.BINARY);
        assertThat(config.isStoreByValue()).isTrue();
        assertThat(config.getEvictionConfig().getMaxSizePolicy()).isEqualTo(MaxSizePolicy.ENTRY_COUNT);
        assertThat(config.getEvictionConfig().getSize()).isEqualTo(1000);
        assertThat(config.getEvictionConfig().getEvictionPolicy()).isEqualTo(com.hazelcast.config.EvictionPolicy.LRU);
        ExpiryPolicy expiry = config.getExpiryPolicyFactory().create();
        assertThat(expiry.getExpiryForCreation()).isEqualTo(new javax.cache.expiry.Duration(TimeUnit.MILLISECONDS, 300_000));
        assertThat(expiry.getExpiryForUpdate()).isEqualTo(expiry.getExpiryForCreation());
        assertThat(expiry.getExpiryForAccess()).isNull();
    }

    @Test
    void lfuCache_evictsByFrequency_andTtlCache_keepsLruAsItsBound() {
        assertThat(translate(new CacheSettings("a", EvictionPolicy.LFU, 10, Duration.ofSeconds(1)))
                .getEvictionConfig().getEvictionPolicy()).isEqualTo(com.hazelcast.config.EvictionPolicy.LFU);
        assertThat(translate(new CacheSettings("b", EvictionPolicy.TTL, 10, Duration.ofSeconds(1)))
                .getEvictionConfig().getEvictionPolicy()).isEqualTo(com.hazelcast.config.EvictionPolicy.LRU);
    }

    @Test
    void subMillisecondTtl_roundsUpToOneMillisecond_andHugeBoundsAreCapped() {
        CacheConfig<?, ?> config = translate(new CacheSettings("c", EvictionPolicy.LRU, Long.MAX_VALUE,
                Duration.ofNanos(10)));

        assertThat(config.getExpiryPolicyFactory().create().getExpiryForCreation())
                .isEqualTo(new javax.cache.expiry.Duration(TimeUnit.MILLISECONDS, 1));
        assertThat(config.getEvictionConfig().getSize()).isEqualTo(Integer.MAX_VALUE);
        assertThat(PayaraAdapter.expiryOf(Duration.ofSeconds(Long.MAX_VALUE)))
                .isEqualTo(javax.cache.expiry.Duration.ETERNAL);
    }

    @Test
    void classLoaderWithoutHazelcast_failsNamingTheCacheAndTheWayOut() {
        ClassLoader platform = ClassLoader.getPlatformClassLoader();

        assertThatThrownBy(() -> PayaraCacheConfigs.of(new CacheSettings("d", EvictionPolicy.LRU, 10,
                Duration.ofSeconds(1)), platform))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cache 'd'")
                .hasMessageContaining("ClassNotFoundException: com.hazelcast.config.CacheConfig")
                .hasMessageContaining("cached-inference.provider");
    }

    @Test
    void reflectiveTranslation_equalsTheHazelcastModules_forEveryPolicy() throws Exception {
        // the Hazelcast module's translation, which compiles against Hazelcast: the two must never drift apart
        java.lang.reflect.Method module = Class.forName("io.cachedinference.hazelcast.internal.CacheConfigs")
                .getDeclaredMethod("of", CacheSettings.class);
        module.setAccessible(true);
        for (EvictionPolicy policy : EvictionPolicy.values()) {
            CacheSettings settings = new CacheSettings("e-" + policy, policy, 500, Duration.ofSeconds(90));

            CacheConfig<?, ?> reflective = translate(settings);
            CacheConfig<?, ?> compiled = (CacheConfig<?, ?>) module.invoke(null, settings);

            assertThat(reflective).as(policy.name()).isEqualTo(compiled);
            assertThat(reflective.isStatisticsEnabled()).isEqualTo(compiled.isStatisticsEnabled());
            assertThat(reflective.isManagementEnabled()).isEqualTo(compiled.isManagementEnabled());
            assertThat(reflective.isStoreByValue()).isTrue().isEqualTo(compiled.isStoreByValue());
            assertThat(reflective.getExpiryPolicyFactory().create().getExpiryForUpdate())
                    .isEqualTo(compiled.getExpiryPolicyFactory().create().getExpiryForUpdate());
        }
    }

    private static CacheConfig<?, ?> translate(CacheSettings settings) {
        Configuration<InferenceKey, Object> config = PayaraCacheConfigs.of(settings, HAZELCAST);
        assertThat(config).isInstanceOf(CacheConfig.class);
        return (CacheConfig<?, ?>) config;
    }
}
