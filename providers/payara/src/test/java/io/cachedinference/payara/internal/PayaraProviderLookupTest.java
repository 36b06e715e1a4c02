package io.cachedinference.payara.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.net.URLClassLoader;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javax.cache.spi.CachingProvider;
import javax.naming.NameNotFoundException;
import org.junit.jupiter.api.Test;

/** The server-provider lookup: bounded in time, and any outcome but a provider is "none" with a reason. */
final class PayaraProviderLookupTest {

    private static final ClassLoader LOADER = PayaraProviderLookupTest.class.getClassLoader();

    @Test
    void lookupThatNeverAnswers_givesUpAfterTheTimeout_andSaysSo() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        PayaraProviderLookup lookup = new PayaraProviderLookup(name -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return null;
        }, "payara/CachingProvider", Duration.ofMillis(200), LOADER);

        long start = System.nanoTime();
        PayaraProviderLookup.Outcome outcome = lookup.find();
        Duration waited = Duration.ofNanos(System.nanoTime() - start);

        assertThat(outcome.found()).isEmpty();
        assertThat(outcome.reason()).contains("payara/CachingProvider").contains("did not answer within 200 ms");
        assertThat(waited).isGreaterThanOrEqualTo(Duration.ofMillis(200)).isLessThan(Duration.ofSeconds(5));
        // the abandoned lookup thread is interrupted, not left waiting
        assertThat(interrupted.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void unboundName_isNoProvider_namingTheCause() {
        PayaraProviderLookup lookup = new PayaraProviderLookup(name -> {
            throw new NameNotFoundException(name + " not found");
        }, "payara/CachingProvider", Duration.ofSeconds(5), LOADER);

        PayaraProviderLookup.Outcome outcome = lookup.find();

        assertThat(outcome.found()).isEmpty();
        assertThat(outcome.reason()).contains("NameNotFoundException").contains("payara/CachingProvider not found");
    }

    @Test
    void objectThatIsNotACachingProvider_isRejected_namingItsClass() {
        PayaraProviderLookup lookup = new PayaraProviderLookup(name -> "a string",
                "payara/CachingProvider", Duration.ofSeconds(5), LOADER);

        PayaraProviderLookup.Outcome outcome = lookup.find();

        assertThat(outcome.found()).isEmpty();
        assertThat(outcome.reason()).contains("java.lang.String").contains(CachingProvider.class.getName());
    }

    @Test
    void boundProvider_isFound_andLookedUpWithTheDeploymentsClassLoader() throws Exception {
        CachingProvider provider = stubProvider();
        AtomicReference<ClassLoader> contextLoader = new AtomicReference<>();
        try (URLClassLoader deployment = new URLClassLoader(new java.net.URL[0], LOADER)) {
            PayaraProviderLookup lookup = new PayaraProviderLookup(name -> {
                contextLoader.set(Thread.currentThread().getContextClassLoader());
                return provider;
            }, "payara/CachingProvider", Duration.ofSeconds(5), deployment);

            PayaraProviderLookup.Outcome outcome = lookup.find();

            assertThat(outcome.found()).containsSame(provider);
            assertThat(contextLoader.get()).isSameAs(deployment);
        }
    }

    @Test
    void jndiOutsideAServer_findsNothing_withoutWaitingForTheTimeout() {
        long start = System.nanoTime();
        PayaraProviderLookup.Outcome outcome = PayaraProviderLookup.payara(LOADER).find();

        assertThat(outcome.found()).isEmpty();
        assertThat(outcome.reason()).contains("payara/CachingProvider").doesNotContain("did not answer");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(PayaraProviderLookup.DEFAULT_TIMEOUT);
    }

    static CachingProvider stubProvider() {
        return (CachingProvider) Proxy.newProxyInstance(LOADER, new Class<?>[] {CachingProvider.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("toString")) {
                        return "stub provider";
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
