package io.cachedinference.hazelcast.internal;

import io.cachedinference.api.spi.ProviderSettings;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The {@code cached-inference.hazelcast.*} settings of one deployment, read through the core's
 * {@link ProviderSettings}: system properties, MicroProfile Config, then every
 * {@code META-INF/cached-inference.properties}. Defaults, all in one place:
 *
 * <table>
 *   <caption>Keys and defaults</caption>
 *   <tr><th>key</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@code cluster-name}</td><td>member: {@code cached-inference-<random UUID>}; client: required</td>
 *       <td>the cluster to form or join. The member default is unique per deployment, so a member
 *       only shares entries with members given the same name.</td></tr>
 *   <tr><td>{@code members}</td><td>the {@code interface}; client: {@code <interface>:<port>}</td>
 *       <td>comma-separated {@code host}, {@code host:port} or {@code [ipv6]:port}: the TCP-IP join
 *       list of a member of a named cluster (a private one joins nothing), the addresses a client
 *       connects to (a host without port gets {@code port}).</td></tr>
 *   <tr><td>{@code port}</td><td>{@code 5901}</td><td>a member's first port, incremented while taken
 *       (100 ports); Hazelcast's own 5701 is left to other clusters.</td></tr>
 *   <tr><td>{@code interface}</td><td>{@code 127.0.0.1}</td><td>the only interface a member binds to
 *       and advertises: loopback, unless you open it.</td></tr>
 *   <tr><td>{@code partition-count}</td><td>{@code 271}</td><td>a member's partition count; every
 *       member of a cluster must use the same. It also bounds how small an entry bound can be
 *       (see {@link EntryBound}).</td></tr>
 *   <tr><td>{@code backup-count}</td><td>{@code 1}</td><td>synchronous backups of every cache entry,
 *       0 to 6: with 1, losing one member loses no entry.</td></tr>
 *   <tr><td>{@code connect-timeout}</td><td>{@code PT10S}</td><td>how long a client tries to reach
 *       the cluster before deployment fails (Hazelcast's own default retries forever).</td></tr>
 * </table>
 *
 * <p>Every invalid value is reported at once, with the deployment's other problems, each with its key,
 * value, source and the expected form.
 *
 * @param clusterName     the cluster name, or {@code null} when not configured
 * @param members         the configured member addresses, empty when not configured
 * @param port            the member port, or the port a client adds to a host without one
 * @param networkInterface the interface members bind to
 * @param partitionCount  the partition count of members this deployment starts
 * @param backupCount     the synchronous backup count of every cache
 * @param connectTimeout  a client's cluster connect timeout
 */
record HazelcastSettings(String clusterName, List<String> members, int port, String networkInterface,
        int partitionCount, int backupCount, Duration connectTimeout) {

    static final String PREFIX = "cached-inference.hazelcast.";
    static final String CLUSTER_NAME = PREFIX + "cluster-name";
    static final String MEMBERS = PREFIX + "members";
    static final String PORT = PREFIX + "port";
    static final String INTERFACE = PREFIX + "interface";
    static final String PARTITION_COUNT = PREFIX + "partition-count";
    static final String BACKUP_COUNT = PREFIX + "backup-count";
    static final String CONNECT_TIMEOUT = PREFIX + "connect-timeout";

    static final int DEFAULT_PORT = 5901;
    static final String DEFAULT_INTERFACE = "127.0.0.1";
    static final int DEFAULT_PARTITION_COUNT = 271;
    static final int DEFAULT_BACKUP_COUNT = 1;
    static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Hazelcast's largest synchronous backup count. */
    private static final int MAX_BACKUP_COUNT = 6;

    HazelcastSettings {
        members = List.copyOf(members);
    }

    /**
     * Reads the settings through the core's view, so every configuration source counts; invalid values
     * are rejected there and reported with the deployment's other problems.
     */
    static HazelcastSettings read(ProviderSettings settings) {
        String clusterName = settings.get(CLUSTER_NAME).orElse(null);
        List<String> members = settings.list(MEMBERS);
        int port = settings.get(PORT, DEFAULT_PORT, Integer::valueOf, p -> p >= 1 && p <= 65_535,
                "a port number from 1 to 65535");
        String networkInterface = settings.get(INTERFACE).orElse(DEFAULT_INTERFACE);
        int partitionCount = settings.get(PARTITION_COUNT, DEFAULT_PARTITION_COUNT, Integer::valueOf, c -> c >= 1,
                "a positive whole number, the same on every member");
        int backupCount = settings.get(BACKUP_COUNT, DEFAULT_BACKUP_COUNT, Integer::valueOf,
                c -> c >= 0 && c <= MAX_BACKUP_COUNT, "a whole number from 0 to " + MAX_BACKUP_COUNT);
        Duration connectTimeout = settings.get(CONNECT_TIMEOUT, DEFAULT_CONNECT_TIMEOUT, Duration::parse,
                d -> !d.isNegative() && !d.isZero(), "a positive ISO-8601 duration such as PT10S");
        settings.check();
        return new HazelcastSettings(clusterName, members, port, networkInterface, partitionCount, backupCount,
                connectTimeout);
    }

    /** The configured cluster name, or a fresh one that no other deployment uses. */
    String memberClusterName() {
        return clusterName != null ? clusterName : "cached-inference-" + UUID.randomUUID();
    }

    /** A member's TCP-IP join list: the configured members, else its own interface. */
    List<String> joinMembers() {
        return members.isEmpty() ? List.of(networkInterface) : members;
    }

    /** The addresses a client connects to, each with a port. */
    List<String> clientAddresses() {
        List<String> hosts = members.isEmpty() ? List.of(networkInterface) : members;
        return hosts.stream().map(h -> hasPort(h) ? h : h + ':' + port).collect(Collectors.toList());
    }

    private static boolean hasPort(String address) {
        // an IPv6 literal is written [::1] or [::1]:5901
        int colon = address.lastIndexOf(':');
        return colon > address.lastIndexOf(']') && (address.startsWith("[") || address.indexOf(':') == colon);
    }
}
