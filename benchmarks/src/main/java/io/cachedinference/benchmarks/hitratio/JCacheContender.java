package io.cachedinference.benchmarks.hitratio;

import io.cachedinference.api.EvictionPolicy;
import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.spi.CacheProviderAdapter;
import io.cachedinference.api.spi.CacheSettings;
import io.cachedinference.benchmarks.support.Deployments;
import io.cachedinference.interceptor.internal.provider.DeploymentCaches;
import java.time.Duration;
import java.util.OptionalLong;
import javax.cache.Cache;

/**
 * A provider and a policy, as a deployment would run them: the cache manager is opened with
 * {@link DeploymentCaches#open} and the cache created from {@code CacheSettings} through the
 * provider's adapter, exactly as the interceptor does; the replay then does the interceptor's JCache
 * calls, {@code get} and on a miss {@code put}. Keys are real {@link InferenceKey}s whose 16-byte
 * digest is a mix of the key id, so hash codes are spread as content digests spread them.
 */
final class JCacheContender implements Contender {

    /** No entry expires during a replay: traces carry no time, so TTL plays no part. */
    static final Duration TTL = Duration.ofDays(1);
    private static final String NAMESPACE = "hit-ratio|simulated@1";
    static final Object VALUE = new float[] {1f};

    private final CacheProviderAdapter adapter;
    private final EvictionPolicy policy;

    JCacheContender(CacheProviderAdapter adapter, EvictionPolicy policy) {
        this.adapter = adapter;
        this.policy = policy;
    }

    @Override
    public String name() {
        return adapter.alias() + " " + policy;
    }

    /** Whether the provider supports the policy at all; unsupported cells stay empty. */
    boolean supported() {
        return adapter.capabilities().eviction(policy).available();
    }

    @Override
    public OptionalLong hits(Trace trace, int capacity) {
        if (!supported()) {
            return OptionalLong.empty();
        }
        try (DeploymentCaches caches = Deployments.open(adapter, JCacheContender.class.getClassLoader())) {
            Cache<InferenceKey, Object> cache = Deployments.create(caches,
                    new CacheSettings("replay", policy, capacity, TTL));
            long hits = 0;
            for (int i = 0; i < trace.length(); i++) {
                InferenceKey key = key(trace.key(i));
                if (cache.get(key) != null) {
                    hits++;
                } else {
                    cache.put(key, VALUE);
                }
            }
            return OptionalLong.of(hits);
        }
    }

    /** The key of an id: a fresh {@code InferenceKey} per call, as the interceptor derives one per call. */
    static InferenceKey key(int id) {
        long a = mix(id);
        long b = mix(a);
        byte[] digest = new byte[16];
        for (int i = 0; i < 8; i++) {
            digest[i] = (byte) (a >>> (56 - 8 * i));
            digest[8 + i] = (byte) (b >>> (56 - 8 * i));
        }
        return new InferenceKey(NAMESPACE, digest);
    }

    /** SplitMix64's finaliser: consecutive ids become unrelated bits. */
    private static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
