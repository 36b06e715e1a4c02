package io.cachedinference.infinispan;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.api.InferenceKey;
import io.cachedinference.tck.KitContainer;
import io.cachedinference.tck.beans.ScoringModel;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import javax.cache.Cache;
import javax.cache.CacheManager;
import org.awaitility.Awaitility;
import org.infinispan.jcache.embedded.JCachingProvider;
import org.infinispan.manager.EmbeddedCacheManager;
import org.junit.jupiter.api.Test;

/** Each deployment's own cache manager: private, built without a configuration file, stopped when it closes. */
final class InfinispanCacheManagerTest {

    private static final String NEGATE = "io.cachedinference.tck.beans.ScoringModel#negate(float[])";
    /** The threads an Infinispan cache manager starts for itself. */
    private static final Pattern MANAGER_THREAD = Pattern.compile("(non-blocking|blocking|expiration|timeout)-thread-.*");

    @Test
    void twoDeployments_getTwoCacheManagers_andShareNoEntry() {
        try (KitContainer a = KitContainer.start(new InfinispanFixture(), ScoringModel.class);
                KitContainer b = KitContainer.start(new InfinispanFixture(), ScoringModel.class)) {
            a.select(ScoringModel.class).negate(new float[] {1});
            b.select(ScoringModel.class).negate(new float[] {1});

            assertThat(manager(a)).isNotSameAs(manager(b));
            assertThat(embedded(a)).isNotSameAs(embedded(b));
            assertThat(b.select(ScoringModel.class).runs()).as("no entry shared with the other deployment")
                    .isEqualTo(1);
        }
    }

    @Test
    void deploymentUri_opensAManager_withoutAConfigurationFile() {
        assertThat(getClass().getClassLoader().getResource("infinispan.xml")).as("no infinispan.xml on the class path")
                .isNull();
        try (KitContainer c = KitContainer.start(new InfinispanFixture(), ScoringModel.class)) {
            c.select(ScoringModel.class).negate(new float[] {1});
            c.select(ScoringModel.class).negate(new float[] {1});

            assertThat(manager(c).getURI().toString()).startsWith("urn:cached-inference:");
            assertThat(manager(c).getCachingProvider()).isInstanceOf(JCachingProvider.class);
            assertThat(embedded(c).getCacheManagerConfiguration().isClustered()).as("local: no transport").isFalse();
            assertThat(embedded(c).getCacheManagerConfiguration().jmx().enabled()).isFalse();
            assertThat(c.select(ScoringModel.class).runs()).isEqualTo(1);
        }
    }

    @Test
    void closingTheDeployment_stopsItsCacheManager_andItsThreads() {
        EmbeddedCacheManager embedded;
        try (KitContainer c = KitContainer.start(new InfinispanFixture(), ScoringModel.class)) {
            embedded = embedded(c);
            c.select(ScoringModel.class).negate(new float[] {1});
            assertThat(managerThreads()).isNotEmpty();
        }

        assertThat(embedded.getStatus().isTerminated()).isTrue();
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(managerThreads()).as("cache manager threads left").isEmpty());
    }

    private static CacheManager manager(KitContainer c) {
        Cache<InferenceKey, Object> cache = c.cache(NEGATE);
        return cache.getCacheManager();
    }

    private static EmbeddedCacheManager embedded(KitContainer c) {
        return manager(c).unwrap(EmbeddedCacheManager.class);
    }

    private static List<String> managerThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> MANAGER_THREAD.matcher(n).matches()).toList();
    }
}
