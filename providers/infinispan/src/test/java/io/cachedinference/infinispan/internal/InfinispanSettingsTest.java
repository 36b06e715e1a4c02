package io.cachedinference.infinispan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import io.cachedinference.api.spi.ProviderConfigurationException;
import io.cachedinference.tck.MapProviderSettings;
import java.util.Map;
import java.util.stream.Collectors;
import org.infinispan.configuration.global.GlobalConfiguration;
import org.jgroups.conf.ProtocolConfiguration;
import org.junit.jupiter.api.Test;

/** Reading {@code cached-inference.infinispan.*}, and the global configuration built from it. */
final class InfinispanSettingsTest {

    @Test
    void nothingConfigured_isLocal_withTheDocumentedDefaults() {
        InfinispanSettings s = InfinispanSettings.read(settings(Map.of()));

        assertThat(s.clustered()).isFalse();
        assertThat(s.port()).isEqualTo(7900);
        assertThat(s.networkInterface()).isEqualTo("127.0.0.1");
        assertThat(s.owners()).isEqualTo(2);
        assertThat(s.initialHosts()).isEqualTo("127.0.0.1[7900]");
        GlobalConfiguration global = GlobalConfigurations.of(s, getClass().getClassLoader())
                .getGlobalConfigurationBuilder().build();
        assertThat(global.isClustered()).isFalse();
        assertThat(global.jmx().enabled()).isFalse();
        assertThat(global.metrics().enabled()).isFalse();
    }

    @Test
    void members_becomeJGroupsInitialHosts_withThePortWhereMissing() {
        InfinispanSettings s = InfinispanSettings.read(settings(Map.of(
                "cached-inference.infinispan.cluster-name", "ranking",
                "cached-inference.infinispan.members", "10.0.0.1, 10.0.0.2:7950,[::1]:7960",
                "cached-inference.infinispan.port", "7910")));

        assertThat(s.initialHosts()).isEqualTo("10.0.0.1[7910],10.0.0.2[7950],::1[7960]");
    }

    @Test
    void clusteredConfiguration_bindsTheInterface_discoversByTcpPing_andAllowsOnlyKnownClasses() {
        InfinispanSettings s = InfinispanSettings.read(settings(Map.of(
                "cached-inference.infinispan.cluster-name", "ranking",
                "cached-inference.infinispan.allow-list", "com\\.example\\..*")));

        GlobalConfiguration global = GlobalConfigurations.of(s, getClass().getClassLoader())
                .getGlobalConfigurationBuilder().build();

        assertThat(global.isClustered()).isTrue();
        assertThat(global.transport().clusterName()).isEqualTo("ranking");
        assertThat(global.transport().stack()).isEqualTo("cached-inference");
        List<ProtocolConfiguration> stack = global.transport().jgroups().configurator("cached-inference")
                .getProtocolStack();
        Map<String, ProtocolConfiguration> byName = stack.stream()
                .collect(Collectors.toMap(ProtocolConfiguration::getProtocolName, p -> p));
        assertThat(byName).containsKeys("TCP", "TCPPING").doesNotContainKeys("MPING", "UDP", "PING");
        assertThat(byName.get("TCP").getProperties()).containsEntry("bind_addr", "127.0.0.1")
                .containsEntry("bind_port", "7900").containsEntry("diag.enabled", "false");
        assertThat(byName.get("TCPPING").getProperties()).containsEntry("initial_hosts", "127.0.0.1[7900]");
        assertThat(global.serialization().allowList().getClasses())
                .contains("io.cachedinference.api.InferenceKey");
        assertThat(global.serialization().allowList().getRegexps()).contains("com\\.example\\..*");
        assertThat(global.serialization().allowList().create().isSafeClass("[F")).isTrue();
        assertThat(global.serialization().allowList().create().isSafeClass("java.util.HashMap")).isFalse();
    }

    @Test
    void everyInvalidValue_isReportedAtOnce_withKeyValueSourceAndExpectedForm() {
        assertThatThrownBy(() -> InfinispanSettings.read(settings(Map.of(
                "cached-inference.infinispan.port", "65000",
                "cached-inference.infinispan.owners", "0",
                "cached-inference.infinispan.allow-list", "com.example.("))))
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining("cached-inference.infinispan.port=65000 (from the test)")
                .hasMessageContaining("port + 50000")
                .hasMessageContaining("cached-inference.infinispan.owners=0")
                .hasMessageContaining("cached-inference.infinispan.allow-list=com.example.(");
    }

    @Test
    void membersWithoutClusterName_areRefused_asTheyCouldNeverJoin() {
        assertThatThrownBy(() -> InfinispanSettings.read(settings(Map.of(
                "cached-inference.infinispan.members", "127.0.0.1"))))
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining("cached-inference.infinispan.members=127.0.0.1 (from the test) is invalid")
                .hasMessageContaining("without cached-inference.infinispan.cluster-name the cache manager is local");
    }

    private static MapProviderSettings settings(Map<String, String> values) {
        return new MapProviderSettings(values);
    }
}
