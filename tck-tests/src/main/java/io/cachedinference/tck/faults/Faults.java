package io.cachedinference.tck.faults;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;

/**
 * Wraps a JCache manager so that a share of its caches' {@code get} and {@code put} calls throw, seeded so
 * runs repeat; counts what it injected. Used by the fault-injecting adapter and provider.
 */
public final class Faults {

    /** The system property with the share of get and put calls that fail, between 0 and 1 (default 0.1). */
    public static final String SHARE = "cached-inference.tck.faults.share";

    private static final AtomicLong INJECTED = new AtomicLong();
    private static final SplittableRandom RANDOM = new SplittableRandom(107);

    private Faults() {
    }

    /** How many faults were injected since the last {@link #reset()}. */
    public static long injected() {
        return INJECTED.get();
    }

    /** Zeroes the fault count. */
    public static void reset() {
        INJECTED.set(0);
    }

    /** The share configured by {@value #SHARE}. */
    static double share() {
        return Double.parseDouble(System.getProperty(SHARE, "0.1"));
    }

    /** The manager, whose caches fail the share of their gets and puts. */
    static CacheManager faulty(CacheManager real, double share) {
        return wrap(CacheManager.class, real, (proxy, method, args) -> {
            Object result = invoke(real, method, args);
            return result instanceof Cache ? faulty((Cache<?, ?>) result, share) : result;
        });
    }

    private static Cache<?, ?> faulty(Cache<?, ?> real, double share) {
        return wrap(Cache.class, real, (proxy, method, args) -> {
            String name = method.getName();
            if ((name.equals("get") || name.equals("put") || name.equals("putIfAbsent")) && fails(share)) {
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

    @SuppressWarnings("unchecked")
    private static <T> T wrap(Class<T> type, Object real, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
