package io.cachedinference.ehcache;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.api.InferenceKey;
import io.cachedinference.tck.KitContainer;
import io.cachedinference.tck.beans.ScoringModel;
import java.util.Map;
import javax.cache.Cache;
import org.ehcache.jsr107.EhcacheCachingProvider;
import org.junit.jupiter.api.Test;

/** Ehcache-specific behaviour: selection by configuration and storage by reference. */
final class EhcacheProviderTest {

    private static final String NEGATE = "io.cachedinference.tck.beans.ScoringModel#negate(float[])";

    @Test
    void providerSelectedByCachingProviderClassName_createsEhcacheCaches() {
        try (KitContainer c = KitContainer.start(new EhcacheFixture(),
                Map.of("cached-inference.provider", EhcacheCachingProvider.class.getName()), ScoringModel.class)) {
            assertThat(providerOf(c)).isInstanceOf(EhcacheCachingProvider.class);
        }
    }

    @Test
    void noProviderConfigured_choosesEhcache_theEmbeddedDefault() {
        try (KitContainer c = KitContainer.start(new EhcacheFixture(), Map.of("cached-inference.provider", ""),
                ScoringModel.class)) {
            assertThat(providerOf(c)).isInstanceOf(EhcacheCachingProvider.class);
        }
    }

    @Test
    void valuesAreStoredByReference_soAHitNeverSerializes() {
        try (KitContainer c = KitContainer.start(new EhcacheFixture(), ScoringModel.class)) {
            Cache<InferenceKey, Object> cache = c.cache(NEGATE);
            InferenceKey key = new InferenceKey("by-reference", new byte[16]);
            Object value = new Object();

            cache.put(key, value);

            assertThat(cache.get(key)).isSameAs(value);
        }
    }

    @Test
    void eachDeployment_getsItsOwnCacheManager() {
        try (KitContainer a = KitContainer.start(new EhcacheFixture(), ScoringModel.class);
                KitContainer b = KitContainer.start(new EhcacheFixture(), ScoringModel.class)) {
            Cache<InferenceKey, Object> first = a.cache(NEGATE);
            Cache<InferenceKey, Object> second = b.cache(NEGATE);

            assertThat(first.getCacheManager()).isNotSameAs(second.getCacheManager());
        }
    }

    private static Object providerOf(KitContainer c) {
        return c.cache(NEGATE).getCacheManager().getCachingProvider();
    }
}
