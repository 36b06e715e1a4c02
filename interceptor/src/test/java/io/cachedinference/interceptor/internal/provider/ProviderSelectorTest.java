package io.cachedinference.interceptor.internal.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cachedinference.api.EvictionPolicy;
import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.spi.CacheProviderAdapter;
import io.cachedinference.api.spi.CacheSettings;
import io.cachedinference.api.spi.PolicySupport;
import io.cachedinference.interceptor.internal.config.CachedInferenceConfig;
import io.cachedinference.interceptor.internal.config.ConfigSource;
import io.cachedinference.interceptor.internal.validation.NoCacheProviderException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.cache.configuration.Configuration;
import javax.cache.spi.CachingProvider;
import org.junit.jupiter.api.Test;

/** Which provider is chosen: configuration first, then the server's provider, then the modules' default. */
final class ProviderSelectorTest {

    private static final ClassLoader LOADER = ProviderSelectorTest.class.getClassLoader();
    private static final CachingProvider SERVER = ContainerProviderLookupTest.stubProvider();

    private final AtomicInteger lookups = new AtomicInteger();

    @Test
    void notConfigured_choosesTheServersProvider_whenTheServerOffersOne() {
        CacheProviderAdapter chosen = selector(true, adapter("ehcache"), adapter("caffeine")).select(config(Map.of()));

        assertThat(chosen).isInstanceOf(ContainerProviderAdapter.class);
        assertThat(chosen.alias()).isEqualTo("container");
        assertThat(((ContainerProviderAdapter) chosen).provider()).isSameAs(SERVER);
        assertThat(chosen.cachingProviderClassName()).isEqualTo(SERVER.getClass().getName());
        assertThat(chosen.storesByValue()).isTrue();
    }

    @Test
    void notConfigured_choosesEhcache_whenTheServerOffersNone() {
        CacheProviderAdapter chosen = selector(false, adapter("caffeine"), adapter("ehcache")).select(config(Map.of()));

        assertThat(chosen.alias()).isEqualTo("ehcache");
        assertThat(lookups).hasValue(1);
    }

    @Test
    void configuredModule_winsOverTheServersProvider_withoutLookingItUp() {
        CacheProviderAdapter chosen = selector(true, adapter("ehcache"), adapter("caffeine"))
                .select(config(Map.of(CachedInferenceConfig.PROVIDER, "caffeine")));

        assertThat(chosen.alias()).isEqualTo("caffeine");
        assertThat(lookups).hasValue(0);
    }

    @Test
    void configuredContainer_choosesTheServersProvider() {
        CacheProviderAdapter chosen = selector(true, adapter("ehcache"))
                .select(config(Map.of(CachedInferenceConfig.PROVIDER, "container")));

        assertThat(chosen).isInstanceOf(ContainerProviderAdapter.class);
    }

    @Test
    void configuredContainer_failsDeployment_whenTheServerOffersNone_namingWhyAndTheAlternatives() {
        ProviderSelector selector = selector(false, adapter("ehcache"));

        assertThatThrownBy(() -> selector.select(config(Map.of(CachedInferenceConfig.PROVIDER, "container"))))
                .isInstanceOf(NoCacheProviderException.class)
                .hasMessageContaining("cached-inference.provider=container")
                .hasMessageContaining("not bound in this test")
                .hasMessageContaining("ehcache (com.example.ehcacheProvider)");
    }

    @Test
    void selectorOverGivenAdapters_neverLooksForAServersProvider() {
        CacheProviderAdapter chosen = ProviderSelector.of(List.of(adapter("ehcache")), LOADER).select(config(Map.of()));

        assertThat(chosen.alias()).isEqualTo("ehcache");
    }

    private ProviderSelector selector(boolean serverHasProvider, CacheProviderAdapter... adapters) {
        return new ProviderSelector(List.of(adapters), LOADER, () -> {
            lookups.incrementAndGet();
            return serverHasProvider ? new ContainerProviderLookup.Outcome(SERVER, "test")
                    : new ContainerProviderLookup.Outcome(null, "payara/CachingProvider is not bound in this test");
        });
    }

    private static CachedInferenceConfig config(Map<String, String> values) {
        return new CachedInferenceConfig(List.of(new ConfigSource() {
            @Override
            public Optional<String> get(String key) {
                return Optional.ofNullable(values.get(key));
            }

            @Override
            public String description() {
                return "test";
            }
        }));
    }

    private static CacheProviderAdapter adapter(String alias) {
        return new CacheProviderAdapter() {
            @Override
            public String alias() {
                return alias;
            }

            @Override
            public String cachingProviderClassName() {
                return "com.example." + alias + "Provider";
            }

            @Override
            public PolicySupport support(EvictionPolicy policy) {
                return PolicySupport.EXACT;
            }

            @Override
            public Configuration<InferenceKey, Object> configuration(CacheSettings settings) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
