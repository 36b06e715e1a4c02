package io.cachedinference.payara.internal;

import io.cachedinference.api.EvictionPolicy;
import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.spi.CacheSettings;
import java.lang.reflect.InvocationTargetException;
import javax.cache.configuration.Configuration;
import javax.cache.configuration.Factory;
import javax.cache.expiry.ModifiedExpiryPolicy;

/**
 * Translates {@link CacheSettings} into a Hazelcast {@code com.hazelcast.config.CacheConfig} for a
 * Hazelcast the application server owns, in named steps.
 *
 * <p>Design notes. The interceptor does not depend on Hazelcast: the server's Hazelcast classes are
 * reached through the class loader of the provider it handed out, by reflection over the few setters
 * that have been stable since Hazelcast 4 ({@code CacheConfig(String)}, {@code setInMemoryFormat},
 * {@code setEvictionConfig}, {@code EvictionConfig.setSize/setMaxSizePolicy/setEvictionPolicy},
 * {@code setExpiryPolicyFactory}). Using the provider's own classes also makes Hazelcast's
 * {@code instanceof CacheConfig} check hold, whatever the application packages.
 *
 * <ul>
 *   <li>Storage: {@code BINARY}, store by value as Hazelcast always is; a hit deserializes once.</li>
 *   <li>Maximum: {@code ENTRY_COUNT} with the size {@code maxEntries}. Hazelcast keeps it per
 *       partition (size / partitions plus a few standard deviations of slack), so the cache may hold
 *       more than {@code maxEntries}: over 271 partitions a size of 1,000 holds up to about 3,500.</li>
 *   <li>Eviction: {@code LFU} for LFU; {@code LRU} for LRU and, as the safety bound, for TTL. Both
 *       sampled, so approximate.</li>
 *   <li>Expiry: {@link ModifiedExpiryPolicy}, {@code ttl} after each write, in whole milliseconds
 *       rounded up.</li>
 *   <li>Statistics and management: off in the configuration, as in the Hazelcast module; the adapter
 *       enables statistics once the cache exists, so its MXBean reports evictions.</li>
 * </ul>
 *
 * <p>The same translation as {@code providers/hazelcast}'s {@code CacheConfigs}, which a test checks
 * setting by setting against the real classes, so the two cannot drift apart.
 */
final class PayaraCacheConfigs {

    private static final String CONFIG_PACKAGE = "com.hazelcast.config.";

    private PayaraCacheConfigs() {
    }

    /**
     * The cache configuration, built from the Hazelcast classes the given class loader sees.
     *
     * @throws IllegalStateException when that class loader has no Hazelcast, or a Hazelcast whose
     *                               configuration API differs, with the cause
     */
    @SuppressWarnings("unchecked")
    static Configuration<InferenceKey, Object> of(CacheSettings settings, ClassLoader hazelcast) {
        try {
            Object config = type(hazelcast, "CacheConfig").getConstructor(String.class).newInstance(settings.cacheName());
            addStorage(config, hazelcast);
            addMaximum(config, settings, hazelcast);
            addExpiry(config, settings);
            addMonitoring(config);
            return (Configuration<InferenceKey, Object>) config;
        } catch (ReflectiveOperationException | ClassCastException e) {
            Throwable cause = e instanceof InvocationTargetException ? e.getCause() : e;
            throw new IllegalStateException("Cannot configure cache '" + settings.cacheName() + "' on the server's"
                    + " Hazelcast: " + cause + ". Select a provider module instead with cached-inference.provider", cause);
        }
    }

    private static void addStorage(Object config, ClassLoader hazelcast) throws ReflectiveOperationException {
        Class<?> format = type(hazelcast, "InMemoryFormat");
        set(config, "setInMemoryFormat", format, constant(format, "BINARY"));
        set(config, "setStoreByValue", boolean.class, true);
    }

    private static void addMonitoring(Object config) throws ReflectiveOperationException {
        set(config, "setStatisticsEnabled", boolean.class, false);
        set(config, "setManagementEnabled", boolean.class, false);
    }

    private static void addMaximum(Object config, CacheSettings settings, ClassLoader hazelcast)
            throws ReflectiveOperationException {
        Class<?> evictionType = type(hazelcast, "EvictionConfig");
        Class<?> sizePolicy = type(hazelcast, "MaxSizePolicy");
        Class<?> policy = type(hazelcast, "EvictionPolicy");
        Object eviction = evictionType.getConstructor().newInstance();
        set(eviction, "setMaxSizePolicy", sizePolicy, constant(sizePolicy, "ENTRY_COUNT"));
        set(eviction, "setSize", int.class, (int) Math.min(settings.maxEntries(), Integer.MAX_VALUE));
        set(eviction, "setEvictionPolicy", policy,
                constant(policy, settings.eviction() == EvictionPolicy.LFU ? "LFU" : "LRU"));
        set(config, "setEvictionConfig", evictionType, eviction);
    }

    private static void addExpiry(Object config, CacheSettings settings) throws ReflectiveOperationException {
        set(config, "setExpiryPolicyFactory", Factory.class, ModifiedExpiryPolicy.factoryOf(PayaraAdapter.expiryOf(settings.ttl())));
    }


    private static Class<?> type(ClassLoader hazelcast, String simpleName) throws ClassNotFoundException {
        return Class.forName(CONFIG_PACKAGE + simpleName, false, hazelcast);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object constant(Class<?> enumType, String name) {
        return Enum.valueOf((Class<? extends Enum>) enumType.asSubclass(Enum.class), name);
    }

    private static void set(Object target, String setter, Class<?> parameter, Object value)
            throws ReflectiveOperationException {
        target.getClass().getMethod(setter, parameter).invoke(target, value);
    }
}
