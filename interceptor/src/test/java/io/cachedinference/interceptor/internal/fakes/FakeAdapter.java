package io.cachedinference.interceptor.internal.fakes;

import io.cachedinference.api.EvictionPolicy;
import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.spi.CacheProviderAdapter;
import io.cachedinference.api.spi.CacheSettings;
import io.cachedinference.api.spi.Capabilities;
import io.cachedinference.api.spi.ProviderContext;
import io.cachedinference.api.spi.Storage;
import io.cachedinference.api.spi.Support;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.spi.CachingProvider;

/**
 * A provider adapter over in-memory caches, with the capabilities a test declares, recording what the core
 * asks of it; {@link #failing} makes one step throw.
 */
public final class FakeAdapter implements CacheProviderAdapter {

    private final String alias;
    private final Capabilities capabilities;
    private final Map<String, InMemoryCache> caches = new ConcurrentHashMap<>();
    private final List<String> calls = new ArrayList<>();
    private boolean offered;
    private String failingStep;
    private Function<CacheSettings, RuntimeException> cacheFailure = s -> null;
    private Function<ProviderContext, Void> onOpen = c -> null;

    public FakeAdapter(String alias, Capabilities capabilities) {
        this.alias = alias;
        this.capabilities = capabilities;
    }

    /** An adapter that supports every policy and bound exactly, by reference. */
    public static FakeAdapter exact(String alias) {
        return new FakeAdapter(alias, everything(Storage.BY_REFERENCE));
    }

    /** Every policy and bound exact, stored as given. */
    public static Capabilities everything(Storage storage) {
        Capabilities.Builder b = Capabilities.builder().entryBound(Support.EXACT).byteBound(Support.EXACT)
                .ttlJitter(Support.EXACT).storage(storage).statistics(false);
        for (EvictionPolicy p : EvictionPolicy.values()) {
            b.eviction(p, Support.EXACT);
        }
        return b.build();
    }

    /** Makes the environment offer this adapter's provider. */
    public FakeAdapter offered() {
        this.offered = true;
        return this;
    }

    /** Makes {@code locate}, {@code open} or {@code close} throw. */
    public FakeAdapter failing(String step) {
        this.failingStep = step;
        return this;
    }

    /** Makes {@code cache} throw what the function gives for a cache's settings (null for no failure). */
    public FakeAdapter failingCaches(Function<CacheSettings, RuntimeException> failure) {
        this.cacheFailure = failure;
        return this;
    }

    /** Runs when the manager is opened, to read settings as a real adapter would. */
    public FakeAdapter onOpen(Function<ProviderContext, Void> action) {
        this.onOpen = action;
        return this;
    }

    /** What the core asked, in order. */
    public synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    /** The in-memory cache of a name, once created. */
    public InMemoryCache cacheNamed(String name) {
        return caches.get(name);
    }

    @Override
    public String alias() {
        return alias;
    }

    @Override
    public String cachingProviderClassName() {
        return "com.example." + alias + ".CachingProvider";
    }

    @Override
    public Capabilities capabilities() {
        return capabilities;
    }

    @Override
    public synchronized boolean offeredByEnvironment(ProviderContext context) {
        calls.add("offeredByEnvironment");
        return offered;
    }

    @Override
    public synchronized CachingProvider locate(ProviderContext context) {
        calls.add("locate");
        if ("locate".equals(failingStep)) {
            throw new IllegalStateException("no provider here");
        }
        return (CachingProvider) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {CachingProvider.class}, (proxy, method, args) -> {
                    if (method.getName().equals("toString")) {
                        return "fake provider";
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Override
    public synchronized CacheManager openCacheManager(CachingProvider provider, ProviderContext context) {
        calls.add("openCacheManager");
        onOpen.apply(context);
        if ("open".equals(failingStep)) {
            throw new IllegalStateException("cannot open");
        }
        CachingProvider self = provider;
        return (CacheManager) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {CacheManager.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getURI":
                            return context.deploymentUri();
                        case "getCachingProvider":
                            return self;
                        case "close":
                            return null;
                        case "toString":
                            return "fake manager";
                        default:
                            throw new UnsupportedOperationException(method.getName());
                    }
                });
    }

    @Override
    public synchronized Cache<InferenceKey, Object> cache(CacheManager manager, CacheSettings settings,
            ProviderContext context) {
        calls.add("cache " + settings.cacheName());
        RuntimeException failure = cacheFailure.apply(settings);
        if (failure != null) {
            throw failure;
        }
        return caches.computeIfAbsent(settings.cacheName(),
                n -> new InMemoryCache(n, capabilities.storage() == Storage.BY_VALUE)).cache();
    }

    @Override
    public synchronized void close(CacheManager manager) {
        calls.add("close");
        if ("close".equals(failingStep)) {
            throw new IllegalStateException("cannot close");
        }
    }
}
