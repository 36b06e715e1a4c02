package io.cachedinference.interceptor.internal.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import javax.cache.CacheManager;
import javax.cache.spi.CachingProvider;
import org.junit.jupiter.api.Test;

/** The deployment's caches on the server's provider, over recording stand-ins for the provider and its manager. */
final class DeploymentCachesTest {

    private final List<String> calls = new ArrayList<>();

    @Test
    void serversProvider_isUsedAsFound_andAskedForAManagerOfAUriUniqueToTheDeployment() {
        DeploymentCaches caches = DeploymentCaches.open(new ContainerProviderAdapter(provider()),
                getClass().getClassLoader(), value -> 0);

        // a proxy class cannot be loaded by name: opening succeeded because the instance itself was used
        assertThat(calls).singleElement().asString().startsWith("getCacheManager urn:cached-inference:")
                .endsWith(" classLoader=null");
        caches.close();
    }

    @Test
    void closing_destroysTheCachesInTheServerFirst_becauseTheyOutliveTheDeployment() {
        DeploymentCaches caches = DeploymentCaches.open(new ContainerProviderAdapter(provider()),
                getClass().getClassLoader(), value -> 0);
        calls.clear();

        caches.close();

        assertThat(calls).containsExactly("getCacheNames", "destroyCache tiny-cnn", "destroyCache search", "close");
    }

    private CachingProvider provider() {
        CacheManager manager = (CacheManager) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {CacheManager.class}, (proxy, method, args) -> {
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
        return (CachingProvider) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {CachingProvider.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getCacheManager") && args.length == 2) {
                        calls.add("getCacheManager " + args[0] + " classLoader=" + args[1]);
                        return manager;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
