package io.cachedinference.ehcache.internal;

import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.spi.ValueWeigher;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.cache.Cache;
import org.ehcache.event.CacheEvent;
import org.ehcache.event.CacheEventListener;
import org.ehcache.event.EventFiring;
import org.ehcache.event.EventOrdering;
import org.ehcache.event.EventType;

/**
 * Holds a byte-bounded Ehcache cache within about one value of its bound, however the writes come.
 *
 * <p>Design notes. Ehcache's heap store evicts at most two entries per write
 * ({@code OnHeapStore.enforceCapacity}), so a burst of large values after many small ones leaves it far
 * above its byte bound: 100 results of 1 KB then six of 16 KB held up to 137 KB against 64 KB. This
 * decorator counts the bytes of the values held, with the core's sizing, from Ehcache's own synchronous
 * events (created, updated, removed, expired, evicted), and after every write that leaves the count above
 * the bound, writes and removes a tiny sentinel entry, each write letting Ehcache evict two more entries
 * of its choosing, until the count is back within the bound (or a round limit is reached). Only writes
 * pay, and only after a write that overshot; reads are the cache's own.
 */
final class ByteBoundEnforcer implements CacheEventListener<Object, Object> {

    private static final Set<String> WRITES = Set.of("put", "putAll", "putIfAbsent", "getAndPut", "replace",
            "getAndReplace", "invoke", "invokeAll");
    /** Each round lets Ehcache evict two entries; a bound of this many rounds ends even a pathological burst. */
    private static final int MAX_ROUNDS = 256;
    private static final InferenceKey SENTINEL = new InferenceKey("cached-inference|byte-bound-sentinel", new byte[16]);
    private static final byte[] SENTINEL_VALUE = new byte[0];

    private final long bound;
    private final ValueWeigher weigher;
    private final AtomicLong held = new AtomicLong();

    private ByteBoundEnforcer(long bound, ValueWeigher weigher) {
        this.bound = bound;
        this.weigher = weigher;
    }

    /** The cache, held within its bound by the returned decorator; listens to the cache's native events. */
    @SuppressWarnings("unchecked")
    static Cache<InferenceKey, Object> enforce(Cache<InferenceKey, Object> cache, long bound, ValueWeigher weigher) {
        ByteBoundEnforcer enforcer = new ByteBoundEnforcer(bound, weigher);
        org.ehcache.Cache<Object, Object> ehcache = cache.unwrap(org.ehcache.Cache.class);
        ehcache.getRuntimeConfiguration().registerCacheEventListener(enforcer, EventOrdering.UNORDERED,
                EventFiring.SYNCHRONOUS, EnumSet.allOf(EventType.class));
        return (Cache<InferenceKey, Object>) Proxy.newProxyInstance(Cache.class.getClassLoader(),
                new Class<?>[] {Cache.class}, (proxy, method, args) -> {
                    Object result = invoke(cache, method, args);
                    if (WRITES.contains(method.getName())) {
                        enforcer.shrink(cache);
                    }
                    return result;
                });
    }

    /** The bytes of the values held now, by the core's sizing. */
    long held() {
        return held.get();
    }

    @Override
    public void onEvent(CacheEvent<?, ?> event) {
        switch (event.getType()) {
            case CREATED:
                held.addAndGet(weigher.weigh(event.getNewValue()));
                break;
            case UPDATED:
                held.addAndGet(weigher.weigh(event.getNewValue()) - weigher.weigh(event.getOldValue()));
                break;
            default:
                held.addAndGet(-weigher.weigh(event.getOldValue()));
                break;
        }
    }

    private void shrink(Cache<InferenceKey, Object> cache) {
        for (int round = 0; round < MAX_ROUNDS && held.get() > bound; round++) {
            cache.put(SENTINEL, SENTINEL_VALUE);
            cache.remove(SENTINEL);
        }
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
