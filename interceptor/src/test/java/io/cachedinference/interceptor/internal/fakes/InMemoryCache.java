package io.cachedinference.interceptor.internal.fakes;

import io.cachedinference.api.InferenceKey;
import java.lang.reflect.Proxy;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.cache.Cache;
import javax.cache.configuration.CompleteConfiguration;
import javax.cache.configuration.MutableConfiguration;

/**
 * A JCache cache over a concurrent map, for unit tests of the core: the operations the core calls (get,
 * put, remove, removeAll, iteration, configuration), counted, and a switch that makes get or put throw.
 */
public final class InMemoryCache {

    private final String name;
    private final Map<InferenceKey, Object> entries = new ConcurrentHashMap<>();
    private final AtomicInteger gets = new AtomicInteger();
    private final AtomicInteger puts = new AtomicInteger();
    private final boolean storeByValue;
    private volatile RuntimeException failGets;
    private volatile Runnable afterGet = () -> { };
    private volatile RuntimeException failPuts;
    private volatile boolean putIfAbsentAlwaysReportsAWrite;

    public InMemoryCache(String name) {
        this(name, false);
    }

    public InMemoryCache(String name, boolean storeByValue) {
        this.name = name;
        this.storeByValue = storeByValue;
    }

    /** The entries, live. */
    public Map<InferenceKey, Object> entries() {
        return entries;
    }

    public int gets() {
        return gets.get();
    }

    public int puts() {
        return puts.get();
    }

    /** Makes every get throw this, or none when null. */
    public void failGets(RuntimeException e) {
        this.failGets = e;
    }

    /** Runs after every get, before its value is returned (to change the cache between two lookups). */
    public void afterGet(Runnable action) {
        this.afterGet = action;
    }

    /** Makes every put throw this, or none when null. */
    public void failPuts(RuntimeException e) {
        this.failPuts = e;
    }

    /**
     * Makes {@code putIfAbsent} report a write even where the key had a value (which it keeps), as a
     * provider's conditional write retried across a topology change can.
     */
    public void putIfAbsentAlwaysReportsAWrite() {
        this.putIfAbsentAlwaysReportsAWrite = true;
    }

    /** The cache as JCache sees it. */
    @SuppressWarnings("unchecked")
    public Cache<InferenceKey, Object> cache() {
        return (Cache<InferenceKey, Object>) Proxy.newProxyInstance(Cache.class.getClassLoader(),
                new Class<?>[] {Cache.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "get":
                            gets.incrementAndGet();
                            if (failGets != null) {
                                throw failGets;
                            }
                            Object found = entries.get(args[0]);
                            afterGet.run();
                            return found;
                        case "put":
                            puts.incrementAndGet();
                            if (failPuts != null) {
                                throw failPuts;
                            }
                            entries.put((InferenceKey) args[0], args[1]);
                            return null;
                        case "putIfAbsent":
                            puts.incrementAndGet();
                            if (failPuts != null) {
                                throw failPuts;
                            }
                            boolean written = entries.putIfAbsent((InferenceKey) args[0], args[1]) == null;
                            return written || putIfAbsentAlwaysReportsAWrite;
                        case "remove":
                            return args.length == 1 ? entries.remove(args[0]) != null : entries.remove(args[0], args[1]);
                        case "removeAll":
                            entries.clear();
                            return null;
                        case "iterator":
                            return iterator();
                        case "getName":
                            return name;
                        case "getConfiguration":
                            MutableConfiguration<InferenceKey, Object> c = new MutableConfiguration<>();
                            c.setStoreByValue(storeByValue);
                            return (CompleteConfiguration<InferenceKey, Object>) c;
                        case "unwrap":
                            throw new IllegalArgumentException("nothing to unwrap");
                        case "toString":
                            return "InMemoryCache[" + name + "]";
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        case "equals":
                            return proxy == args[0];
                        default:
                            throw new UnsupportedOperationException(method.getName());
                    }
                });
    }

    private Iterator<Cache.Entry<InferenceKey, Object>> iterator() {
        Iterator<Map.Entry<InferenceKey, Object>> it = entries.entrySet().iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Cache.Entry<InferenceKey, Object> next() {
                Map.Entry<InferenceKey, Object> e = it.next();
                return new Cache.Entry<>() {
                    @Override
                    public InferenceKey getKey() {
                        return e.getKey();
                    }

                    @Override
                    public Object getValue() {
                        return e.getValue();
                    }

                    @Override
                    public <T> T unwrap(Class<T> clazz) {
                        throw new IllegalArgumentException();
                    }
                };
            }

            @Override
            public void remove() {
                it.remove();
            }
        };
    }
}
