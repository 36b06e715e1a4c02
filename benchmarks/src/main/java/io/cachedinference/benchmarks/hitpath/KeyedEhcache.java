package io.cachedinference.benchmarks.hitpath;

import io.cachedinference.api.EvictionPolicy;
import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.spi.CacheSettings;
import io.cachedinference.benchmarks.support.Deployments;
import io.cachedinference.ehcache.internal.EhcacheAdapter;
import io.cachedinference.interceptor.internal.provider.DeploymentContext;
import io.cachedinference.interceptor.internal.key.ContentKeyGenerator;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InterceptorBinding;
import jakarta.interceptor.InvocationContext;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.time.Duration;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.Caching;

/**
 * Variant (e), the reference the Ehcache target is measured against: proxy, an interceptor that
 * derives our XXH3-128 key and does a raw JCache {@code get} on an Ehcache cache configured the way
 * {@link EhcacheAdapter} configures it (native configuration, heap, by reference), but created
 * directly: JCache statistics stay off, and nothing counts, times or copies.
 */
public final class KeyedEhcache {

    private KeyedEhcache() {
    }

    /** Binds {@link Around}. */
    @InterceptorBinding
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    public @interface Binding {
    }

    /** The raw Ehcache cache, opened with the container and closed with it. */
    @Singleton
    public static class Store {

        private CacheManager manager;
        private Cache<InferenceKey, Object> cache;

        @PostConstruct
        void open() {
            EhcacheAdapter adapter = new EhcacheAdapter();
            ClassLoader classLoader = Store.class.getClassLoader();
            DeploymentContext context = Deployments.context(classLoader);
            manager = adapter.openCacheManager(adapter.locate(context), context);
            cache = manager.createCache(HitPathNames.CACHE, EhcacheAdapter.configuration(
                    new CacheSettings(HitPathNames.CACHE, EvictionPolicy.LRU, 1000, Duration.ofMinutes(5))));
        }

        @PreDestroy
        void close() {
            manager.close();
        }

        /** The cache. */
        public Cache<InferenceKey, Object> cache() {
            return cache;
        }
    }

    /** Key, raw {@code get}, and on a miss {@code proceed} and {@code put}. */
    @Binding
    @Interceptor
    @Priority(Interceptor.Priority.LIBRARY_BEFORE + 100)
    public static class Around {

        private final ContentKeyGenerator generator = new ContentKeyGenerator();
        private final Cache<InferenceKey, Object> cache;

        @Inject
        public Around(Store store) {
            this.cache = store.cache();
        }

        @AroundInvoke
        public Object lookup(InvocationContext context) throws Exception {
            InferenceKey key = generator.generate(HitPathNames.NAMESPACE, context.getParameters());
            Object cached = cache.get(key);
            if (cached != null) {
                return cached;
            }
            Object result = context.proceed();
            cache.put(key, result);
            return result;
        }
    }

    /** The intercepted model. */
    @ApplicationScoped
    public static class Model implements HitPathModel {

        private int runs;

        @Override
        @Binding
        public float[] infer(float[] input) {
            runs++;
            return SCORES;
        }

        @Override
        public int runs() {
            return runs;
        }
    }
}
