package io.cachedinference.hazelcast.internal;

import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import io.cachedinference.api.spi.ProviderConfigurationException;
import java.util.UUID;

/**
 * The Hazelcast configuration of a deployment's own member or client, built programmatically so no
 * {@code hazelcast.xml} on the class path changes it, in named steps.
 *
 * <p>A member binds to one interface ({@code 127.0.0.1} by default) and finds others only through
 * TCP-IP on the configured members: multicast and cloud auto-detection are off, as are Jet and
 * phone-home. A member of a private cluster (no {@code cluster-name} configured) joins nothing at
 * all: no other member can share its random name, and TCP-IP would only probe its neighbours' ports
 * and wait a second for answers (Hazelcast warns "No join method is enabled! Starting standalone").
 * Hazelcast logs through {@code java.util.logging} unless the application set
 * {@code hazelcast.logging.type} itself.
 */
final class InstanceConfigs {

    /** Ports a member tries from the configured one on, while they are taken. */
    static final int PORT_COUNT = 100;

    private static final String LOGGING_TYPE = "hazelcast.logging.type";

    private InstanceConfigs() {
    }

    /** A member configuration: loopback by default, in the configured or a private cluster. */
    static Config member(HazelcastSettings settings, ClassLoader classLoader) {
        if (settings.clusterName() == null && !settings.members().isEmpty()) {
            throw new ProviderConfigurationException(HazelcastSettings.MEMBERS + "=" + String.join(",", settings.members())
                    + " is set without " + HazelcastSettings.CLUSTER_NAME + ": a member joins only a cluster it names."
                    + " Set the same cluster name on every member");
        }
        Config config = new Config();
        config.setInstanceName(instanceName());
        config.setClusterName(settings.memberClusterName());
        // values are deserialized with the deployment's classes
        config.setClassLoader(classLoader);
        addMemberProperties(config, settings);
        addNetwork(config.getNetworkConfig(), settings);
        addJoin(config.getNetworkConfig().getJoin(), settings);
        config.getJetConfig().setEnabled(false);
        return config;
    }

    /** A client configuration for the configured cluster, which gives up after the connect timeout. */
    static ClientConfig client(HazelcastSettings settings, ClassLoader classLoader) {
        if (settings.clusterName() == null) {
            throw new ProviderConfigurationException("Provider 'hazelcast-client' needs the name of the cluster to connect"
                    + " to: set " + HazelcastSettings.CLUSTER_NAME + " (and " + HazelcastSettings.MEMBERS
                    + ", default " + settings.clientAddresses() + ")");
        }
        ClientConfig config = new ClientConfig();
        config.setInstanceName(instanceName());
        config.setClusterName(settings.clusterName());
        config.setClassLoader(classLoader);
        setLoggingType(config.getProperties());
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.getNetworkConfig().setAddresses(settings.clientAddresses());
        config.getConnectionStrategyConfig().getConnectionRetryConfig()
                .setClusterConnectTimeoutMillis(settings.connectTimeout().toMillis());
        return config;
    }

    private static void addMemberProperties(Config config, HazelcastSettings settings) {
        setLoggingType(config.getProperties());
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.socket.bind.any", "false");
        config.setProperty("hazelcast.local.localAddress", settings.networkInterface());
        config.setProperty("hazelcast.partition.count", Integer.toString(settings.partitionCount()));
    }

    private static void addNetwork(NetworkConfig network, HazelcastSettings settings) {
        network.setPort(settings.port()).setPortAutoIncrement(true).setPortCount(PORT_COUNT);
        network.getInterfaces().setEnabled(true).addInterface(settings.networkInterface());
    }

    private static void addJoin(JoinConfig join, HazelcastSettings settings) {
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(settings.clusterName() != null).setMembers(settings.joinMembers());
    }

    private static void setLoggingType(java.util.Properties properties) {
        if (System.getProperty(LOGGING_TYPE) == null) {
            properties.setProperty(LOGGING_TYPE, "jdk");
        }
    }

    private static String instanceName() {
        return "cached-inference-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
