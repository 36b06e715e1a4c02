package io.cachedinference.payara.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.cache.spi.CachingProvider;
import javax.naming.InitialContext;

/**
 * Finds the JCache provider an application server offers its applications, under Payara's JNDI name
 * {@value #PAYARA_JNDI_NAME} (a {@code HazelcastServerCachingProvider} over the server's own
 * Hazelcast member).
 *
 * <p>Design notes. The lookup runs on a thread of its own, with the deployment's class loader as
 * context class loader, and deployment waits for it at most {@link #DEFAULT_TIMEOUT}: a naming
 * service that does not answer must never hang deployment (Payara's other route to a provider,
 * {@code Caching.getCachingProvider()}, returns the Hazelcast client provider, which retries
 * 127.0.0.1:5701 forever). Outside a server the lookup fails at once: plain Java SE has no initial
 * context, and other servers do not bind the name. Every outcome other than a provider is "none",
 * with the reason, and the caller falls back to the provider modules on the class path.
 */
final class PayaraProviderLookup {

    /** The JNDI name Payara binds its JCache {@code CachingProvider} under. */
    static final String PAYARA_JNDI_NAME = "payara/CachingProvider";

    /** How long deployment waits for the naming service. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    /** Looks a name up; JNDI in production, a stand-in in tests. */
    @FunctionalInterface
    interface NameSource {
        Object lookup(String name) throws Exception;
    }

    /**
     * What the lookup found.
     *
     * @param provider the container's provider, or {@code null}
     * @param reason   why there is none, or where the provider came from
     */
    record Outcome(CachingProvider provider, String reason) {
        /** The provider, if one was found. */
        Optional<CachingProvider> found() {
            return Optional.ofNullable(provider);
        }
    }

    private final NameSource source;
    private final String name;
    private final Duration timeout;
    private final ClassLoader classLoader;

    PayaraProviderLookup(NameSource source, String name, Duration timeout, ClassLoader classLoader) {
        this.source = source;
        this.name = name;
        this.timeout = timeout;
        this.classLoader = classLoader;
    }

    /** Payara's provider through JNDI, waiting at most {@link #DEFAULT_TIMEOUT}. */
    static PayaraProviderLookup payara(ClassLoader classLoader) {
        return new PayaraProviderLookup(PayaraProviderLookup::jndi, PAYARA_JNDI_NAME, DEFAULT_TIMEOUT, classLoader);
    }

    /** The JNDI name looked up, for messages. */
    String name() {
        return name;
    }

    /** Looks the provider up; never waits longer than the timeout, never throws. */
    Outcome find() {
        CompletableFuture<Object> result = new CompletableFuture<>();
        Thread lookup = new Thread(() -> {
            try {
                result.complete(source.lookup(name));
            } catch (Throwable e) {
                // NamingException, and also a missing java.naming module: any failure means no provider
                result.completeExceptionally(e);
            }
        }, "cached-inference-container-lookup");
        lookup.setDaemon(true);
        lookup.setContextClassLoader(classLoader);
        lookup.start();
        Object found;
        try {
            found = result.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            lookup.interrupt();
            return new Outcome(null, "the JNDI lookup of " + name + " did not answer within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            return new Outcome(null, "JNDI name " + name + " is not available: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            lookup.interrupt();
            return new Outcome(null, "interrupted while looking up JNDI name " + name);
        }
        if (found instanceof CachingProvider) {
            return new Outcome((CachingProvider) found, "JNDI name " + name);
        }
        return new Outcome(null, "JNDI name " + name + " holds " + describe(found) + ", not a "
                + CachingProvider.class.getName() + " of the application's class loader (is cache-api packaged in a"
                + " way that shadows the server's?)");
    }

    private static Object jndi(String name) throws Exception {
        InitialContext context = new InitialContext();
        try {
            return context.lookup(name);
        } finally {
            context.close();
        }
    }

    private static String describe(Object value) {
        return value == null ? "null" : "a " + value.getClass().getName();
    }
}
