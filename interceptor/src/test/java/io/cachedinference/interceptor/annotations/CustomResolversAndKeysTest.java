package io.cachedinference.interceptor.annotations;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.interceptor.internal.fakes.LogCapture;
import jakarta.inject.Singleton;
import java.lang.annotation.Annotation;
import io.cachedinference.interceptor.internal.jsr107.DefaultGeneratedCacheKey;
import java.lang.reflect.Proxy;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import javax.cache.Cache;
import javax.cache.annotation.CacheInvocationContext;
import javax.cache.annotation.CacheKeyGenerator;
import javax.cache.annotation.CacheKeyInvocationContext;
import javax.cache.annotation.CacheMethodDetails;
import javax.cache.annotation.CacheResolver;
import javax.cache.annotation.CacheResolverFactory;
import javax.cache.annotation.CacheResult;
import javax.cache.annotation.GeneratedCacheKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An application's {@code CacheKeyGenerator} and {@code CacheResolverFactory}: CDI beans when they are beans,
 * asked once per method at deployment (the factory) or per call with the invocation context (the generator and
 * the resolvers), and a cache that fails is served around (fail-open), counted and logged.
 */
final class CustomResolversAndKeysTest {

    private AnnotationContainer container;

    @BeforeEach
    void start() {
        FailingFactory.created.set(0);
        FailingFactory.resolversGiven.set(0);
        container = AnnotationContainer.start(Names.class, CaseInsensitiveKeys.class, FailingFactory.class);
    }

    @AfterEach
    void stop() {
        container.close();
    }

    @Test
    void a_key_generator_bean_makes_the_keys() {
        Names names = container.bean(Names.class);

        assertThat(names.find("Ada")).isEqualTo("Ada#1");
        assertThat(names.find("ADA")).isEqualTo("Ada#1");
        assertThat(container.bean(CaseInsensitiveKeys.class).calls.get()).isEqualTo(2);
    }

    @Test
    void a_resolver_factory_bean_is_asked_once_per_method_at_deployment() {
        Names names = container.bean(Names.class);
        try (LogCapture log = LogCapture.of("io.cachedinference")) {
            names.broken("a");
            names.broken("b");

            assertThat(log.messages(Level.WARNING)).singleElement().asString().startsWith("CI-001 ");
        }

        assertThat(FailingFactory.resolversGiven.get()).isEqualTo(1);
        assertThat(FailingFactory.created.get()).isEqualTo(1);
    }

    // per call: the lookup, the lookup again under the single flight, and the store
    @Test
    void a_failing_cache_is_served_around_counted_and_logged_once() {
        Names names = container.bean(Names.class);
        try (LogCapture log = LogCapture.of("io.cachedinference")) {
            assertThat(names.broken("a")).isEqualTo("a#1");
            assertThat(names.broken("a")).isEqualTo("a#2");

            assertThat(log.messages(Level.WARNING)).singleElement().asString().startsWith("CI-001 Cache lookup failed")
                    .contains("cache=broken");
        }
        assertThat(container.statistics("broken").errors()).isEqualTo(6);
    }

    @Singleton
    public static class Names {
        final AtomicInteger runs = new AtomicInteger();

        @CacheResult(cacheName = "names", cacheKeyGenerator = CaseInsensitiveKeys.class)
        public String find(String name) {
            return name + "#" + runs.incrementAndGet();
        }

        @CacheResult(cacheName = "broken", cacheResolverFactory = FailingFactory.class)
        public String broken(String name) {
            return name + "#" + runs.incrementAndGet();
        }
    }

    /** A key generator bean: the first key parameter, lower-cased. */
    @Singleton
    public static class CaseInsensitiveKeys implements CacheKeyGenerator {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public GeneratedCacheKey generateCacheKey(CacheKeyInvocationContext<? extends Annotation> context) {
            calls.incrementAndGet();
            String name = (String) context.getKeyParameters()[0].getValue();
            return new DefaultGeneratedCacheKey(new Object[] {name.toLowerCase(Locale.ROOT)});
        }
    }

    /** A factory bean whose caches fail on every lookup and store. */
    @Singleton
    public static class FailingFactory implements CacheResolverFactory {
        static final AtomicInteger created = new AtomicInteger();
        static final AtomicInteger resolversGiven = new AtomicInteger();

        public FailingFactory() {
            // Weld's client proxy calls this constructor too; count only the bean instance's
        }

        @jakarta.annotation.PostConstruct
        void created() {
            created.incrementAndGet();
        }

        @Override
        public CacheResolver getCacheResolver(CacheMethodDetails<? extends Annotation> details) {
            resolversGiven.incrementAndGet();
            return new CacheResolver() {
                @Override
                public <K, V> Cache<K, V> resolveCache(CacheInvocationContext<? extends Annotation> context) {
                    return failingCache();
                }
            };
        }

        @Override
        public CacheResolver getExceptionCacheResolver(CacheMethodDetails<CacheResult> details) {
            throw new UnsupportedOperationException();
        }
    }

    @SuppressWarnings("unchecked") // a proxy of the raw interface
    static <K, V> Cache<K, V> failingCache() {
        return (Cache<K, V>) Proxy.newProxyInstance(Cache.class.getClassLoader(), new Class<?>[] {Cache.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getName")) {
                        return "broken";
                    }
                    throw new IllegalStateException("the cache is down: " + method.getName());
                });
    }
}
