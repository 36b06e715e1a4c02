package io.cachedinference.infinispan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.api.EvictionPolicy;
import io.cachedinference.api.spi.CacheSettings;
import java.time.Duration;
import java.util.Set;
import org.infinispan.configuration.cache.Configuration;
import org.infinispan.transaction.LockingMode;
import org.infinispan.transaction.TransactionMode;
import org.infinispan.transaction.lookup.EmbeddedTransactionManagerLookup;
import org.junit.jupiter.api.Test;

/** What each kind of cache becomes in Infinispan's configuration. */
final class CacheConfigurationsTest {

    private static final CacheSettings RESULTS = new CacheSettings("results", EvictionPolicy.LRU, 1000,
            Duration.ofMinutes(5));

    @Test
    void resultCaches_areNotTransactional() {
        Configuration config = CacheConfigurations.of(RESULTS).nativeConfiguration();

        assertThat(config.transaction().transactionMode()).isEqualTo(TransactionMode.NON_TRANSACTIONAL);
    }

    @Test
    void claimCaches_lockPessimisticallyOnTheEmbeddedTransactionManager_soATakeoverIsWonOnce() {
        CacheSettings claims = new CacheSettings("results-inflight", EvictionPolicy.TTL, 1000, Duration.ofSeconds(5))
                .withValueTypes(Set.of(String.class)).asClaims();

        Configuration config = CacheConfigurations.of(claims).nativeConfiguration();

        assertThat(claims.claims()).isTrue();
        assertThat(claims.withValueTypes(Set.of(String.class)).claims()).as("kept by withValueTypes").isTrue();
        assertThat(config.transaction().transactionMode()).isEqualTo(TransactionMode.TRANSACTIONAL);
        assertThat(config.transaction().lockingMode()).isEqualTo(LockingMode.PESSIMISTIC);
        assertThat(config.transaction().autoCommit()).isTrue();
        assertThat(config.transaction().transactionManagerLookup()).isInstanceOf(EmbeddedTransactionManagerLookup.class);
        assertThat(config.expiration().lifespan()).isEqualTo(5000);
    }
}
