package io.cachedinference.interceptor.internal.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cachedinference.api.spi.CacheProviderAdapter;
import io.cachedinference.api.spi.JCacheAdapter;
import io.cachedinference.interceptor.internal.config.CachedInferenceConfig;
import io.cachedinference.interceptor.internal.config.MapConfigSource;
import io.cachedinference.interceptor.internal.fakes.FakeAdapter;
import io.cachedinference.interceptor.internal.fakes.LogCapture;
import io.cachedinference.interceptor.internal.validation.NoCacheProviderException;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;

/** Which provider is chosen: configuration first, then the environment's provider, then the modules' default. */
final class ProviderSelectorTest {

    private static final ClassLoader LOADER = ProviderSelectorTest.class.getClassLoader();

    @Test
    void notConfigured_choosesTheAdapterWhoseProviderTheEnvironmentOffers() {
        FakeAdapter server = FakeAdapter.exact("payara").offered();

        try (LogCapture log = LogCapture.of("io.cachedinference")) {
            CacheProviderAdapter chosen = select(Map.of(), FakeAdapter.exact("ehcache"), server);

            assertThat(chosen).isSameAs(server);
            assertThat(log.messages(Level.INFO)).singleElement().asString().startsWith("CI-004 ").contains("'payara'");
        }
    }

    @Test
    void notConfigured_choosesEhcache_whenTheEnvironmentOffersNone_afterAskingEveryAdapter() {
        FakeAdapter caffeine = FakeAdapter.exact("caffeine");
        FakeAdapter ehcache = FakeAdapter.exact("ehcache");

        CacheProviderAdapter chosen = select(Map.of(), caffeine, ehcache);

        assertThat(chosen).isSameAs(ehcache);
        assertThat(caffeine.calls()).containsExactly("offeredByEnvironment");
    }

    @Test
    void configuredAlias_winsOverTheEnvironment_withoutAskingIt() {
        FakeAdapter server = FakeAdapter.exact("payara").offered();

        CacheProviderAdapter chosen = select(Map.of(CachedInferenceConfig.PROVIDER, "caffeine"),
                FakeAdapter.exact("ehcache"), FakeAdapter.exact("caffeine"), server);

        assertThat(chosen.alias()).isEqualTo("caffeine");
        assertThat(server.calls()).isEmpty();
    }

    @Test
    void configuredClassNameOfAnAdapter_choosesThatAdapter() {
        CacheProviderAdapter chosen = select(Map.of(CachedInferenceConfig.PROVIDER, "com.example.caffeine.CachingProvider"),
                FakeAdapter.exact("ehcache"), FakeAdapter.exact("caffeine"));

        assertThat(chosen.alias()).isEqualTo("caffeine");
    }

    @Test
    void configuredCachingProviderClass_withoutAnAdapter_isDrivenByTheGenericAdapter() {
        CacheProviderAdapter chosen = select(Map.of(CachedInferenceConfig.PROVIDER, StubCachingProvider.class.getName()),
                FakeAdapter.exact("ehcache"));

        assertThat(chosen).isExactlyInstanceOf(JCacheAdapter.class);
        assertThat(chosen.alias()).isEqualTo(StubCachingProvider.class.getName());
        assertThat(chosen.locate(null)).isInstanceOf(StubCachingProvider.class);
    }

    @Test
    void configuredNameThatIsNeitherAnAliasNorAProviderClass_failsDeployment_listingWhatIsAvailable() {
        assertThatThrownBy(() -> select(Map.of(CachedInferenceConfig.PROVIDER, "no-such-provider"),
                FakeAdapter.exact("ehcache")))
                .isInstanceOf(NoCacheProviderException.class)
                .hasMessageStartingWith("CI-111 ")
                .hasMessageContaining("cached-inference.provider=no-such-provider")
                .hasMessageContaining("ehcache (com.example.ehcache.CachingProvider)")
                .hasMessageContaining("JCache providers on the class path");
    }

    @Test
    void severalAdaptersWithoutEhcache_failDeployment_askingToChoose() {
        assertThatThrownBy(() -> select(Map.of(), FakeAdapter.exact("caffeine"), FakeAdapter.exact("infinispan")))
                .isInstanceOf(NoCacheProviderException.class)
                .hasMessageContaining("Several providers").hasMessageContaining("caffeine").hasMessageContaining("infinispan");
    }

    private static CacheProviderAdapter select(Map<String, String> config, CacheProviderAdapter... adapters) {
        CachedInferenceConfig c = MapConfigSource.config(config);
        return ProviderSelector.of(List.of(adapters), LOADER).select(c, new DeploymentContext(LOADER, c, v -> 0));
    }
}
