package io.cachedinference.tck.faults;

import io.cachedinference.api.EvictionPolicy;
import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.spi.CacheProviderAdapter;
import io.cachedinference.api.spi.CacheSettings;
import io.cachedinference.api.spi.PolicySupport;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.ServiceLoader;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.Configuration;
import javax.cache.spi.CachingProvider;

/**
 * A delegating provider adapter that fails a configurable share of cache lookups and stores, to
 * prove that cache failures never fail a call. Select it with
 * {@code cached-inference.provider=fault-injecting}; {@code cached-inference.tck.faults.delegate}
 * names the real provider's alias and {@code cached-inference.tck.faults.share} the share of
 * {@code get} and {@code put} calls that throw (seeded, so runs repeat).
 */
public final class FaultInjectingAdapter implements CacheProviderAdapter {

    /** This adapter's alias. */
    public static final String ALIAS = "fault-injecting";
    /** The system property naming the delegate provider's alias. */
    public static final String DELEGATE = "cached-inference.tck.faults.delegate";
    /** The system property with the share of get and put calls that fail, between 0 and 1. */
    public static final String SHARE = "cached-inference.tck.faults.share";

    private static final AtomicLong INJECTED = new AtomicLong();
    private static final SplittableRandom RANDOM = new SplittableRandom(107);

    /** How many faults were injected since the last {@link #reset()}. */
    public static long injected() {
        return INJECTED.get();
    }

    /** Zeroes the fault count. */
    public static void reset() {
        INJECTED.set(0);
    }

    @Override
    public String alias() {
        return ALIAS;
    }

    @Override
    public String cachingProviderClassName() {
        // listed in error messages even when unused: it must not fail without a delegate
        return System.getProperty(DELEGATE) == null ? "(no " + DELEGATE + ")" : delegate().cachingProviderClassName();
    }

    @Override
    public PolicySupport support(EvictionPolicy policy) {
        return System.getProperty(DELEGATE) == null ? PolicySupport.UNSUPPORTED : delegate().support(policy);
    }

    @Override
    public CacheManager openCacheManager(CachingProvider provider, URI uri, ClassLoader classLoader) {
        CacheManager real = delegate().openCacheManager(provider, uri, classLoader);
        double share = Double.parseDouble(System.getProperty(SHARE, "0.1"));
        return wrap(CacheManager.class, real, (proxy, method, args) -> {
            Object result = invoke(real, method, args);
            return result instanceof Cache ? faulty((Cache<?, ?>) result, share) : result;
        });
    }

    @Override
    public Configuration<InferenceKey, Object> configuration(CacheSettings settings) {
        return delegate().configuration(settings);
    }

    private static Cache<?, ?> faulty(Cache<?, ?> real, double share) {
        return wrap(Cache.class, real, (proxy, method, args) -> {
            String name = method.getName();
            if ((name.equals("get") || name.equals("put")) && fails(share)) {
                INJECTED.incrementAndGet();
                throw new CacheException("injected fault in " + name);
            }
            return invoke(real, method, args);
        });
    }

    private static boolean fails(double share) {
        synchronized (RANDOM) {
            return RANDOM.nextDouble() < share;
        }
    }

    private static CacheProviderAdapter delegate() {
        String alias = System.getProperty(DELEGATE);
        for (CacheProviderAdapter a : ServiceLoader.load(CacheProviderAdapter.class)) {
            if (a.alias().equals(alias)) {
                return a;
            }
        }
        throw new IllegalStateException("Set " + DELEGATE + " to the alias of the provider to inject faults into;"
                + " no adapter has the alias '" + alias + "'");
    }

    @SuppressWarnings("unchecked")
    private static <T> T wrap(Class<T> type, Object real, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
