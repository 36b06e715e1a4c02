package io.cachedinference.interceptor.internal.provider;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.api.EvictionPolicy;
import io.cachedinference.api.spi.CacheSettings;
import io.cachedinference.api.spi.ProviderConfigurationException;
import io.cachedinference.interceptor.internal.config.CachedInferenceConfig;
import io.cachedinference.interceptor.internal.config.MapConfigSource;
import io.cachedinference.interceptor.internal.fakes.FakeAdapter;
import io.cachedinference.interceptor.internal.fakes.LogCapture;
import io.cachedinference.interceptor.internal.validation.CachedInferenceDeploymentException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;

/** How each failure of an adapter becomes a deployment problem of its own kind, and what is closed. */
final class DeploymentCachesTest {

    private static final ClassLoader LOADER = DeploymentCachesTest.class.getClassLoader();

    private final List<CachedInferenceDeploymentException> problems = new ArrayList<>();

    @Test
    void providerThatCannotBeLocated_isCI111_namingTheAdapter_andNothingIsOpened() {
        FakeAdapter adapter = FakeAdapter.exact("acme").failing("locate");

        assertThat(open(adapter, Map.of())).isEmpty();

        assertThat(messages()).singleElement().asString().startsWith("CI-111 ").contains("'acme'")
                .contains("no provider here");
        assertThat(adapter.calls()).containsExactly("locate");
    }

    @Test
    void managerThatCannotBeOpened_isCI111() {
        assertThat(open(FakeAdapter.exact("acme").failing("open"), Map.of())).isEmpty();

        assertThat(messages()).singleElement().asString().startsWith("CI-111 ").contains("cannot open");
    }

    @Test
    void rejectedProviderSettings_areOneCI113Each_namingKeyValueAndSource_evenWhenTheAdapterForgotToCheck() {
        FakeAdapter adapter = FakeAdapter.exact("acme").onOpen(c -> {
            c.settings().get("cached-inference.acme.port", 0, Integer::valueOf, p -> p > 0, "a port number");
            c.settings().get("cached-inference.acme.mode", "", m -> m, m -> m.equals("fast"), "fast");
            return null;
        });

        assertThat(open(adapter, Map.of("cached-inference.acme.port", "many", "cached-inference.acme.mode", "slow")))
                .isEmpty();

        assertThat(messages()).hasSize(2)
                .anySatisfy(m -> assertThat(m).startsWith("CI-113 ").contains("cached-inference.acme.port=many (from test)")
                        .contains("a port number").contains("[provider=acme]"))
                .anySatisfy(m -> assertThat(m).startsWith("CI-113 ").contains("cached-inference.acme.mode=slow"));
        assertThat(adapter.calls()).as("what was opened is closed").endsWith("close");
    }

    @Test
    void checkedProviderSettings_areReportedTheSameWay() {
        FakeAdapter adapter = FakeAdapter.exact("acme").onOpen(c -> {
            c.settings().reject("cached-inference.acme.port", "a port number");
            c.settings().check();
            return null;
        });

        assertThat(open(adapter, Map.of("cached-inference.acme.port", "-1"))).isEmpty();

        assertThat(messages()).singleElement().asString().startsWith("CI-113 ").contains("cached-inference.acme.port=-1");
    }

    @Test
    void cacheCreationFailures_areOneProblemPerCache_andDoNotStopTheOthers() {
        FakeAdapter adapter = FakeAdapter.exact("acme").failingCaches(s -> switch (s.cacheName()) {
            case "broken" -> new IllegalStateException("disk full");
            case "undefined" -> new ProviderConfigurationException("define 'undefined' in acme.xml");
            default -> null;
        });
        DeploymentCaches caches = open(adapter, Map.of()).orElseThrow();

        assertThat(caches.create(settings("broken"), problems::add)).isEmpty();
        assertThat(caches.create(settings("undefined"), problems::add)).isEmpty();
        assertThat(caches.create(settings("fine"), problems::add)).isPresent();

        assertThat(messages()).containsExactly(
                messages().get(0), "CI-114 define 'undefined' in acme.xml");
        assertThat(messages().get(0)).startsWith("CI-112 ").contains("'broken'").contains("disk full")
                .contains("[cache=broken]");
        caches.close();
        assertThat(adapter.calls()).containsExactly("locate", "openCacheManager", "cache broken", "cache undefined",
                "cache fine", "close");
    }

    @Test
    void closing_isTheAdapters_andAFailureThereIsLoggedNotThrown() {
        FakeAdapter adapter = FakeAdapter.exact("acme").failing("close");
        DeploymentCaches caches = open(adapter, Map.of()).orElseThrow();

        try (LogCapture log = LogCapture.of("io.cachedinference")) {
            caches.close();

            assertThat(log.messages(Level.WARNING)).singleElement().asString()
                    .contains("Closing the caches of provider 'acme' failed").contains("cannot close");
        }
        assertThat(adapter.calls()).endsWith("close");
    }

    private Optional<DeploymentCaches> open(FakeAdapter adapter, Map<String, String> config) {
        CachedInferenceConfig c = MapConfigSource.config(config);
        return DeploymentCaches.open(adapter, new DeploymentContext(LOADER, c, v -> 0), problems::add);
    }

    private List<String> messages() {
        return problems.stream().map(Throwable::getMessage).toList();
    }

    private static CacheSettings settings(String name) {
        return new CacheSettings(name, EvictionPolicy.LRU, 10, Duration.ofMinutes(1));
    }
}
