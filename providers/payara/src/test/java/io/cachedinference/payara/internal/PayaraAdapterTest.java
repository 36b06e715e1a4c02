package io.cachedinference.payara.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cachedinference.api.EvictionPolicy;
import io.cachedinference.api.spi.Capabilities;
import io.cachedinference.api.spi.ProviderConfigurationException;
import io.cachedinference.api.spi.ProviderContext;
import io.cachedinference.api.spi.ProviderSettings;
import io.cachedinference.api.spi.Storage;
import io.cachedinference.api.spi.Support;
import io.cachedinference.api.spi.ValueWeigher;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.cache.CacheManager;
import javax.cache.spi.CachingProvider;
import org.junit.jupiter.api.Test;

/** The server's provider as the adapter drives it, over recording stand-ins for the provider and its manager. */
final class PayaraAdapterTest {

    private static final ClassLoader LOADER = PayaraAdapterTest.class.getClassLoader();

    private final List<String> calls = new ArrayList<>();
    private final URI deployment = URI.create("urn:cached-inference:payara-test");

    @Test
    void capabilities_areHazelcastsOnPayara_byValue_approximateBoundAndPolicies_noByteBound() {
        Capabilities c = new PayaraAdapter(cl -> lookup(null)).capabilities();

        assertThat(c.storage()).isEqualTo(Storage.BY_VALUE);
        assertThat(c.eviction(EvictionPolicy.LRU)).isEqualTo(Support.APPROXIMATE);
        assertThat(c.eviction(EvictionPolicy.LFU)).isEqualTo(Support.APPROXIMATE);
        assertThat(c.eviction(EvictionPolicy.TTL)).isEqualTo(Support.EXACT);
        assertThat(c.entryBound()).isEqualTo(Support.APPROXIMATE);
        assertThat(c.byteBound()).isEqualTo(Support.UNSUPPORTED);
        assertThat(c.ttlJitter()).isEqualTo(Support.UNSUPPORTED);
    }

    @Test
    void serverThatBindsItsProvider_offersIt_andTheFoundInstanceIsUsed_withoutASecondLookup() {
        CachingProvider server = provider();
        int[] lookups = {0};
        PayaraAdapter adapter = new PayaraAdapter(cl -> {
            lookups[0]++;
            return lookup(server);
        });

        assertThat(adapter.offeredByEnvironment(context())).isTrue();
        assertThat(adapter.locate(context())).isSameAs(server);
        assertThat(lookups[0]).isEqualTo(1);
    }

    @Test
    void serverWithoutAProvider_offersNone_andSelectingItAnywayFails_sayingWhy() {
        PayaraAdapter adapter = new PayaraAdapter(cl -> lookup(null));

        assertThat(adapter.offeredByEnvironment(context())).isFalse();
        assertThatThrownBy(() -> adapter.locate(context())).isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining("cached-inference.provider=payara").hasMessageContaining("not bound here");
    }

    @Test
    void managerIsTheDeploymentsOwnUri_openedWithoutAClassLoader() {
        PayaraAdapter adapter = new PayaraAdapter(cl -> lookup(provider()));

        adapter.openCacheManager(adapter.locate(context()), context());

        assertThat(calls).containsExactly("getCacheManager " + deployment + " classLoader=null");
    }

    @Test
    void closing_destroysTheCachesInTheServerFirst_becauseTheyOutliveTheDeployment() {
        PayaraAdapter adapter = new PayaraAdapter(cl -> lookup(provider()));
        CacheManager manager = adapter.openCacheManager(adapter.locate(context()), context());
        calls.clear();

        adapter.close(manager);

        assertThat(calls).containsExactly("getCacheNames", "destroyCache tiny-cnn", "destroyCache search", "close");
    }

    @Test
    void expiry_roundsUpToWholeMilliseconds() {
        assertThat(PayaraAdapter.expiryOf(Duration.ofNanos(1)).getDurationAmount()).isEqualTo(1);
    }

    private static PayaraProviderLookup lookup(CachingProvider found) {
        return new PayaraProviderLookup(name -> {
            if (found == null) {
                throw new javax.naming.NameNotFoundException(name + " not bound here");
            }
            return found;
        }, "payara/CachingProvider", Duration.ofSeconds(5), LOADER);
    }

    private ProviderContext context() {
        return new ProviderContext() {
            @Override
            public ClassLoader classLoader() {
                return LOADER;
            }

            @Override
            public URI deploymentUri() {
                return deployment;
            }

            @Override
            public ProviderSettings settings() {
                throw new UnsupportedOperationException("the Payara adapter reads no settings");
            }

            @Override
            public ValueWeigher weigher() {
                return value -> 0;
            }
        };
    }

    private CachingProvider provider() {
        CacheManager manager = (CacheManager) Proxy.newProxyInstance(LOADER, new Class<?>[] {CacheManager.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getCacheNames":
                            calls.add("getCacheNames");
                            return List.of("tiny-cnn", "search");
                        case "destroyCache":
                            calls.add("destroyCache " + args[0]);
                            return null;
                        case "close":
                            calls.add("close");
                            return null;
                        default:
                            throw new UnsupportedOperationException(method.getName());
                    }
                });
        return (CachingProvider) Proxy.newProxyInstance(LOADER, new Class<?>[] {CachingProvider.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getCacheManager") && args.length == 2) {
                        calls.add("getCacheManager " + args[0] + " classLoader=" + args[1]);
                        return manager;
                    }
                    if (method.getName().equals("toString")) {
                        return "stub server provider";
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
