package io.cachedinference.interceptor.internal.core;

import io.cachedinference.api.spi.CacheSettings;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.concurrent.CompletionStage;

/**
 * Everything a call of one {@code @CachedInference} method needs, computed once at deployment by
 * {@link #of}: its cache's access, key recipe, result copier, timeouts and the flow its calls follow.
 */
public final class MethodPlan {

    private final Method method;
    private final String description;
    private final CacheSettings settings;
    private final CacheAccess access;
    private final KeyRecipe keyRecipe;
    private final ResultCopier copier;
    private final Duration lockTimeout;
    private final Duration asyncTimeout;
    private final BatchShape batch;
    private final CallFlow flow;

    private MethodPlan(Method method, CacheSettings settings, CacheAccess access, KeyRecipe keyRecipe,
            Duration lockTimeout, Duration asyncTimeout, BatchShape batch) {
        this.method = method;
        this.description = MethodNames.describe(method);
        this.settings = settings;
        this.access = access;
        this.keyRecipe = keyRecipe;
        this.copier = ResultCopier.forReturnType(ResultTypes.cachedType(method));
        this.lockTimeout = lockTimeout;
        this.asyncTimeout = asyncTimeout;
        this.batch = batch;
        this.flow = batch != null ? BatchFlow.INSTANCE
                : CompletionStage.class.isAssignableFrom(method.getReturnType()) ? AsyncFlow.INSTANCE
                : SingleCallFlow.INSTANCE;
    }

    /**
     * The plan of a method: its flow follows from its shape (batch, asynchronous result, or single), its
     * copier from its declared result type.
     *
     * @param batch        the batch shape of a batch method, or {@code null}
     * @param asyncTimeout how long an asynchronous run may stay pending before the single flight abandons it
     */
    public static MethodPlan of(Method method, CacheSettings settings, CacheAccess access, KeyRecipe keyRecipe,
            Duration lockTimeout, Duration asyncTimeout, BatchShape batch) {
        return new MethodPlan(method, settings, access, keyRecipe, lockTimeout, asyncTimeout, batch);
    }

    public Method method() {
        return method;
    }

    /** The method as {@code com.acme.Model#infer(float[])}, for messages. */
    public String description() {
        return description;
    }

    public CacheSettings settings() {
        return settings;
    }

    /** The live counters of the method's cache. */
    public CacheCounters counters() {
        return access.counters();
    }

    /** How long a caller waits for another caller's run of the same key before running the model itself. */
    public Duration lockTimeout() {
        return lockTimeout;
    }

    /**
     * How long a call waits for an equal call's run in this JVM: the lock timeout, and in cluster mode also
     * a lease, as that run may itself wait out a dead leader's claim elsewhere.
     */
    Duration localWait() {
        ClusterFlight cluster = access.cluster();
        return cluster == null ? lockTimeout : lockTimeout.plus(cluster.lease());
    }

    Duration asyncTimeout() {
        return asyncTimeout;
    }

    CacheAccess access() {
        return access;
    }

    KeyRecipe keyRecipe() {
        return keyRecipe;
    }

    ResultCopier copier() {
        return copier;
    }

    BatchShape batch() {
        return batch;
    }

    CallFlow flow() {
        return flow;
    }
}
