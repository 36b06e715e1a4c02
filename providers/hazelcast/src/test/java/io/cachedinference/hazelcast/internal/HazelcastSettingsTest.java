package io.cachedinference.hazelcast.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import io.cachedinference.api.spi.ProviderConfigurationException;
import io.cachedinference.tck.MapProviderSettings;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading {@code cached-inference.hazelcast.*}: defaults, precedence and messages. */
final class HazelcastSettingsTest {

    @Test
    void nothingConfigured_givesTheDocumentedDefaults() {
        HazelcastSettings s = HazelcastSettings.read(settings(Map.of()));

        assertThat(s.clusterName()).isNull();
        assertThat(s.memberClusterName()).startsWith("cached-inference-")
                .isNotEqualTo(s.memberClusterName());
        assertThat(s.joinMembers()).containsExactly("127.0.0.1");
        assertThat(s.port()).isEqualTo(5901);
        assertThat(s.networkInterface()).isEqualTo("127.0.0.1");
        assertThat(s.partitionCount()).isEqualTo(271);
        assertThat(s.backupCount()).isEqualTo(1);
        assertThat(s.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(s.clientAddresses()).containsExactly("127.0.0.1:5901");
    }

    @Test
    void members_areSplitOnCommas_andClientsAddThePortWhereMissing() {
        HazelcastSettings s = HazelcastSettings.read(settings(Map.of(
                "cached-inference.hazelcast.members", "10.0.0.1, 10.0.0.2:6000,,[::1],[::1]:6001",
                "cached-inference.hazelcast.port", "7000")));

        assertThat(s.joinMembers()).containsExactly("10.0.0.1", "10.0.0.2:6000", "[::1]", "[::1]:6001");
        assertThat(s.clientAddresses())
                .containsExactly("10.0.0.1:7000", "10.0.0.2:6000", "[::1]:7000", "[::1]:6001");
    }

    @Test
    void everyInvalidValue_isReportedAtOnce_withKeyValueSourceAndExpectedForm() {
        assertThatThrownBy(() -> HazelcastSettings.read(settings(Map.of(
                "cached-inference.hazelcast.port", "70000",
                "cached-inference.hazelcast.partition-count", "many",
                "cached-inference.hazelcast.backup-count", "7",
                "cached-inference.hazelcast.connect-timeout", "10s"))))
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining("cached-inference.hazelcast.port=70000 (from the test)")
                .hasMessageContaining("a port number from 1 to 65535")
                .hasMessageContaining("cached-inference.hazelcast.partition-count=many")
                .hasMessageContaining("cached-inference.hazelcast.backup-count=7")
                .hasMessageContaining("from 0 to 6")
                .hasMessageContaining("cached-inference.hazelcast.connect-timeout=10s")
                .hasMessageContaining("ISO-8601");
    }

    @Test
    void clientWithoutClusterName_isRefused_namingTheKey() {
        HazelcastSettings s = HazelcastSettings.read(settings(Map.of()));

        assertThatThrownBy(() -> InstanceConfigs.client(s, getClass().getClassLoader()))
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining("set cached-inference.hazelcast.cluster-name");
    }

    @Test
    void memberOfANamedCluster_bindsOnlyTheInterface_andJoinsOnlyByTcpIp() {
        HazelcastSettings s = HazelcastSettings.read(settings(Map.of("cached-inference.hazelcast.cluster-name", "ranking")));

        com.hazelcast.config.Config c = InstanceConfigs.member(s, getClass().getClassLoader());

        assertThat(c.getNetworkConfig().getInterfaces().isEnabled()).isTrue();
        assertThat(c.getNetworkConfig().getInterfaces().getInterfaces()).containsExactly("127.0.0.1");
        assertThat(c.getNetworkConfig().getPort()).isEqualTo(5901);
        assertThat(c.getNetworkConfig().getJoin().getMulticastConfig().isEnabled()).isFalse();
        assertThat(c.getNetworkConfig().getJoin().getAutoDetectionConfig().isEnabled()).isFalse();
        assertThat(c.getNetworkConfig().getJoin().getTcpIpConfig().isEnabled()).isTrue();
        assertThat(c.getNetworkConfig().getJoin().getTcpIpConfig().getMembers()).containsExactly("127.0.0.1");
        assertThat(c.getProperty("hazelcast.socket.bind.any")).isEqualTo("false");
        assertThat(c.getProperty("hazelcast.local.localAddress")).isEqualTo("127.0.0.1");
        assertThat(c.getProperty("hazelcast.phone.home.enabled")).isEqualTo("false");
        assertThat(c.getProperty("hazelcast.logging.type")).isEqualTo("jdk");
        assertThat(c.getProperty("hazelcast.partition.count")).isEqualTo("271");
        assertThat(c.getJetConfig().isEnabled()).isFalse();
    }

    @Test
    void memberOfAPrivateCluster_joinsNothing() {
        com.hazelcast.config.Config c = InstanceConfigs.member(HazelcastSettings.read(settings(Map.of())),
                getClass().getClassLoader());

        assertThat(c.getClusterName()).startsWith("cached-inference-");
        assertThat(c.getNetworkConfig().getJoin().getTcpIpConfig().isEnabled()).isFalse();
        assertThat(c.getNetworkConfig().getJoin().getMulticastConfig().isEnabled()).isFalse();
        assertThat(c.getNetworkConfig().getJoin().getAutoDetectionConfig().isEnabled()).isFalse();
        assertThat(c.getNetworkConfig().getInterfaces().getInterfaces()).containsExactly("127.0.0.1");
    }

    @Test
    void membersWithoutClusterName_areRefused_asTheyCouldNeverJoin() {
        HazelcastSettings s = HazelcastSettings.read(settings(Map.of("cached-inference.hazelcast.members", "127.0.0.1")));

        assertThatThrownBy(() -> InstanceConfigs.member(s, getClass().getClassLoader()))
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining("cached-inference.hazelcast.members=127.0.0.1 is set without"
                        + " cached-inference.hazelcast.cluster-name");
    }

    private static MapProviderSettings settings(Map<String, String> values) {
        return new MapProviderSettings(values);
    }
}
