package io.cachedinference.api;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Caches the result of an inference method in a JCache cache, keyed by the content of its arguments.
 *
 * <p>Put it on a method of a CDI bean (or on the bean class, which applies it to every business
 * method that returns a value). Each call then follows this contract, in order:
 * <ol>
 *   <li><b>Deployment.</b> The method's plan (cache, key parameters, key generator, digest,
 *       policy) is computed once when the container starts. Every problem is reported then, all
 *       at once: a {@code void} method; a private, static or final method; a key parameter type the
 *       key generator cannot key; a key generator that cannot be created or rejects its settings;
 *       an {@link ArgumentKeyer} that could never be asked or shares its type with another; an
 *       invalid setting; methods sharing a cache with different policies or digests; an eviction
 *       policy the selected provider does not support; no provider at all.</li>
 *   <li><b>Key.</b> The key arguments are those of the parameters marked {@link CacheKey}, or every
 *       argument when none is marked (a batch method's items always belong to the key). The
 *       {@link #keyGenerator()} turns them into an {@link InferenceKey}
 *       whose namespace is {@link #cacheName()}, {@link #model()} and {@link #modelVersion()}. The
 *       built-in generator covers every argument by content: primitive arrays and
 *       {@link java.nio.ByteBuffer}s (position to limit) by their bytes, never by identity; strings;
 *       boxed primitives; enums by name; records, lists, sets and maps recursively, maps and sets
 *       independent of iteration order; nested arrays; {@code null} as a value of its own; values of
 *       the application's own types through their {@link ArgumentKeyer}. It digests them with the
 *       cache's {@link #digest()}, XXH3-128 unless SHA-256 is asked for. The key is the same in
 *       every JVM. A key that cannot be derived at run time (a value of no keyable type) is a cache
 *       failure: the call runs uncached.</li>
 *   <li><b>Hit.</b> When the cache holds a value for the key, it is returned and the method is not
 *       called.</li>
 *   <li><b>Miss.</b> Otherwise the method runs; its result is stored and returned. Concurrent
 *       calls with equal keys run the method once (single flight, per JVM and per cache, shared by
 *       the cache's batch and single-item methods): the others wait for its outcome, result or
 *       exception, at most {@link #lockTimeout()}, after which each runs the method itself without
 *       caching. A waiter that is interrupted throws {@link WaitInterruptedException} with its
 *       interrupt flag set again.</li>
 *   <li><b>Asynchronous results.</b> For a method returning a {@link java.util.concurrent.CompletionStage},
 *       the completed value is cached and a failed stage is not. No thread blocks: a waiter gets a
 *       stage that completes with the leader's outcome or, if the leader's stage has not completed
 *       within {@link #lockTimeout()} of the waiter's call, with the waiter's own uncached run. A
 *       leader's stage pending longer than {@code cached-inference.cache.<name>.async-timeout}
 *       (default ten lock timeouts) is abandoned: the key is free again, and its late value is not
 *       stored.</li>
 *   <li><b>Rollouts and invalidation.</b> A call's key carries its model's version when the call
 *       starts. A call whose model run spans a {@link ModelUpdated} switch or an invalidation
 *       ({@link InferenceCaches}) returns what its run computed to its caller and its waiters, but does
 *       not store it ({@link CacheStatistics#staleStoresDropped()}): a rollback never serves a newer
 *       version's answer, and no entry of an old version outlives the switch.</li>
 *   <li><b>Exceptions</b> thrown by the method propagate unchanged and are never cached.</li>
 *   <li><b>{@code null}</b> results are returned and never cached.</li>
 *   <li><b>Arrays</b> are copied when stored and when returned from a hit, so a caller that writes
 *       into a returned array cannot change what the next caller gets. Other results are stored by
 *       reference: return immutable values.</li>
 *   <li><b>Cache failures</b> never fail a call: if the provider throws on lookup or store, the
 *       method's result is served, and the failure is counted in {@link CacheStatistics#errors()}
 *       and logged.</li>
 *   <li><b>Interceptor order.</b> The interceptor runs at priority
 *       {@code Interceptor.Priority.LIBRARY_BEFORE + 100}: platform interceptors (security,
 *       transactions) run before the lookup, application interceptors run only on a miss.</li>
 * </ol>
 *
 * <p>Every member can be overridden per cache by configuration, highest first: system properties,
 * then {@code META-INF/cached-inference.properties}, then this annotation. Keys:
 * {@code cached-inference.cache.<cacheName>.eviction}, {@code .max-entries}, {@code .ttl},
 * {@code .max-bytes}, {@code .ttl-jitter}, {@code .lock-timeout}, {@code .digest} ({@code xxh3-128} or
 * {@code sha-256}), {@code .compression} and {@code .enabled}, plus the settings of the named key
 * generator (such as {@code .quantization-step}); the provider is chosen with
 * {@code cached-inference.provider}, and {@code cached-inference.enabled=false} turns all caching off.
 */
@InterceptorBinding
@Inherited
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface CachedInference {

    /**
     * The cache's name. Default: derived from the declaring class and the method signature (for
     * example {@code com.acme.Model#infer(float[])}), so two methods share entries only when they
     * name the same cache.
     */
    @Nonbinding
    String cacheName() default "";

    /** The model's name; part of every key's namespace. */
    @Nonbinding
    String model() default "";

    /** The model's version; part of every key's namespace, so a new version never sees old results. */
    @Nonbinding
    String modelVersion() default "";

    /**
     * The generator that derives the key from the key arguments. The default, {@code KeyGenerator.class}
     * itself, means the built-in content key described above; approximate generators (quantized
     * tensors, image fingerprints, normalized text) are in {@code io.cachedinference.interceptor.keys}.
     *
     * <p>A generator is resolved once per method, at deployment: the CDI bean of that type when there
     * is one, which can {@code @Inject} what it needs, else a new instance from its public no-argument
     * constructor; when it is neither, deployment fails. A {@code @Dependent} bean or a plain class
     * gives each method its own instance; a normal-scoped bean is one instance shared by every method
     * that names it. Before the first call the instance is
     * {@linkplain KeyGenerator#configure(KeyGeneratorContext) configured} with the method's cache,
     * then asked whether it {@linkplain KeyGenerator#canKey can key} each key parameter. It then keys
     * every call of the method, concurrently, until the container shuts down, when a {@code @Dependent}
     * bean instance is destroyed ({@code @PreDestroy} runs).
     */
    @Nonbinding
    Class<? extends KeyGenerator> keyGenerator() default KeyGenerator.class;

    /**
     * The hash of the built-in content key for this method's cache: {@link KeyDigest#XXH3_128}, fast
     * and the default, or {@link KeyDigest#SHA_256}, collision resistant, for caches shared by
     * tenants or fed by inputs an adversary chooses. Methods that share a cache must use the same
     * digest. A custom generator sees it through {@link KeyGeneratorContext#contentKey()}.
     */
    @Nonbinding
    KeyDigest digest() default KeyDigest.XXH3_128;

    /** How entries leave the cache when it is full or old. */
    @Nonbinding
    EvictionPolicy eviction() default EvictionPolicy.LRU;

    /** The most entries the cache holds; must be positive. */
    @Nonbinding
    long maxEntries() default 1000;

    /**
     * The most bytes the cache's values may occupy, summed; 0 (the default) for no byte bound. When
     * set, it replaces {@link #maxEntries()}: results of very different sizes (a class id next to a
     * 600 KB feature map) are bounded by what they weigh. Only providers that can weigh values
     * support it; on others the cache fails deployment.
     */
    @Nonbinding
    long maxBytes() default 0;

    /** How long an entry lives after it is written, as an ISO-8601 duration (for example {@code PT5M}). */
    @Nonbinding
    String ttl() default "PT5M";

    /**
     * Spreads each entry's time to live uniformly within {@code ttl × (1 ± ttlJitter)}, a fraction
     * below 1, so entries written in one burst do not all expire (and miss) at once, the seed's
     * 缓存雪崩; 0 (the default) for none.
     */
    @Nonbinding
    double ttlJitter() default 0;

    /**
     * How long a call waits for an equal call that is already running the model, as an ISO-8601
     * duration; after it, the call runs the model itself and does not cache the result.
     */
    @Nonbinding
    String lockTimeout() default "PT10S";

    /**
     * How far equal concurrent misses coalesce: {@link SingleFlightScope#JVM} (the default), or
     * {@link SingleFlightScope#CLUSTER} on a provider whose caches are shared across processes, where one
     * node of the cluster runs the model for a burst and the others wait for its result, at most
     * {@link #lockTimeout()} per leader. A leader that dies or hangs loses its claim after
     * {@code cached-inference.cache.<name>.lease} (default: the lock timeout), and one waiter takes over.
     * Methods sharing a cache must agree.
     */
    @Nonbinding
    SingleFlightScope singleFlight() default SingleFlightScope.JVM;

    /**
     * Marks a batch method: one parameter is a {@code List} or object array of items, and the method
     * returns a {@code List} or array of results of the same length and order. Each item is cached
     * under the key a single-item call would have (the same arguments with the item in the items'
     * place), so a single-item method naming the same cache hits what a batch stored, and the
     * reverse. A call looks every item up; if all hit, the method is not called; otherwise it is
     * called once with only the missing items, in order and without duplicates, and its results are
     * stored per item and merged into the full answer. Single flight applies per item. A result list
     * of the wrong length is an error, and nothing of it is cached.
     *
     * <p>With {@link CacheKey}: the items parameter belongs to the key whether or not it is marked, so
     * marking only the other parameters that matter (a locale, say) keys each item by those plus the
     * item; unmarked parameters, such as a request id, are passed to the model run unchanged.
     */
    @Nonbinding
    boolean batch() default false;
}
