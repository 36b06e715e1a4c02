package io.cachedinference.infinispan.internal;

import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.spi.CacheSettings;
import java.util.concurrent.TimeUnit;
import javax.cache.expiry.Duration;
import javax.cache.expiry.ModifiedExpiryPolicy;
import org.infinispan.commons.dataconversion.MediaType;
import org.infinispan.configuration.cache.ConfigurationBuilder;
import org.infinispan.configuration.cache.StorageType;
import org.infinispan.eviction.EvictionStrategy;
import org.infinispan.transaction.LockingMode;
import org.infinispan.transaction.TransactionMode;
import org.infinispan.transaction.lookup.EmbeddedTransactionManagerLookup;

/**
 * Translates {@link CacheSettings} into Infinispan's configuration, in named steps: what JCache
 * can say in the JCache half, the rest in the native half.
 *
 * <ul>
 *   <li>Storage: on heap, as Java objects ({@code application/x-java-object}), and JCache
 *       store-by-value off, so Infinispan neither marshalls on write nor copies on read: a hit
 *       returns the stored instance.</li>
 *   <li>Maximum: {@code memory.max-count = maxEntries}, removing entries when full. Infinispan
 *       bounds its data container with Caffeine (W-TinyLFU) and runs eviction on the writing
 *       thread, so the bound holds after every write, whatever the policy.</li>
 *   <li>Expiry: {@code expiration.lifespan = ttl} natively, and {@link ModifiedExpiryPolicy} in
 *       JCache, so an entry lives {@code ttl} from its last write whatever its reads. Infinispan
 *       keeps milliseconds: a shorter ttl is rounded up to 1 ms.</li>
 *   <li>Statistics and management are off in both halves: the interceptor keeps its own counters.</li>
 *   <li>Claims ({@link CacheSettings#claims()}): transactional with pessimistic locking, each JCache
 *       operation its own transaction on Infinispan's embedded transaction manager (never the server's).
 *       In a non-transactional cache a {@code putIfAbsent} retried on a new topology while a member leaves
 *       may succeed on two nodes (ISPN-3422, infinispan#16703), so two nodes would take over a dead
 *       leader's run; under a lock held on the key's owner only one does.</li>
 * </ul>
 */
final class CacheConfigurations {

    private CacheConfigurations() {
    }

    static NativeConfiguration<InferenceKey, Object> of(CacheSettings settings) {
        ConfigurationBuilder builder = new ConfigurationBuilder();
        addStorage(builder);
        addMaximum(builder, settings);
        addExpiry(builder, settings);
        if (settings.claims()) {
            addAtomicConditionalWrites(builder);
        }
        builder.statistics().disable();
        NativeConfiguration<InferenceKey, Object> config = new NativeConfiguration<>(builder.build());
        config.setTypes(InferenceKey.class, Object.class);
        config.setStoreByValue(false);
        config.setExpiryPolicyFactory(ModifiedExpiryPolicy.factoryOf(new Duration(TimeUnit.MILLISECONDS,
                lifespanMillis(settings.ttl()))));
        config.setStatisticsEnabled(false);
        config.setManagementEnabled(false);
        return config;
    }

    private static void addStorage(ConfigurationBuilder builder) {
        builder.memory().storage(StorageType.HEAP);
        builder.encoding().mediaType(MediaType.APPLICATION_OBJECT_TYPE);
    }

    private static void addMaximum(ConfigurationBuilder builder, CacheSettings settings) {
        builder.memory().maxCount(settings.maxEntries()).whenFull(EvictionStrategy.REMOVE);
    }

    private static void addExpiry(ConfigurationBuilder builder, CacheSettings settings) {
        builder.expiration().lifespan(lifespanMillis(settings.ttl()), TimeUnit.MILLISECONDS);
    }

    private static void addAtomicConditionalWrites(ConfigurationBuilder builder) {
        builder.transaction().transactionMode(TransactionMode.TRANSACTIONAL).lockingMode(LockingMode.PESSIMISTIC)
                .autoCommit(true).transactionManagerLookup(new EmbeddedTransactionManagerLookup());
    }

    /** The ttl in whole milliseconds, at least 1 and at most {@code Long.MAX_VALUE}. */
    static long lifespanMillis(java.time.Duration ttl) {
        try {
            return Math.max(1, ttl.plusNanos(999_999).toMillis());
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }
}
