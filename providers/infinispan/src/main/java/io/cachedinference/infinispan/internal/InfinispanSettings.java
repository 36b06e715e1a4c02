package io.cachedinference.infinispan.internal;

import io.cachedinference.api.spi.ProviderSettings;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * The {@code cached-inference.infinispan.*} settings of one deployment, read through the core's
 * {@link ProviderSettings}: system properties, MicroProfile Config, then every
 * {@code META-INF/cached-inference.properties}. Without a cluster name the cache manager is local and the other
 * keys are unused. Defaults, all in one place:
 *
 * <table>
 *   <caption>Keys and defaults</caption>
 *   <tr><th>key</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@code cluster-name}</td><td>none: local</td><td>the JGroups cluster to form or join;
 *       caches become distributed.</td></tr>
 *   <tr><td>{@code members}</td><td>{@code <interface>}</td><td>comma-separated {@code host} or
 *       {@code host:port} to discover members at (TCPPING); a host without port is tried from
 *       {@code port} on, over {@value #PORT_RANGE} ports.</td></tr>
 *   <tr><td>{@code port}</td><td>{@code 7900}</td><td>the first TCP port a member binds, incremented
 *       while taken ({@value #PORT_RANGE} ports); JGroups' own 7800 is left to other clusters. Failure
 *       detection also binds this port + 50000.</td></tr>
 *   <tr><td>{@code interface}</td><td>{@code 127.0.0.1}</td><td>the address JGroups binds to and
 *       advertises: loopback, unless you open it.</td></tr>
 *   <tr><td>{@code owners}</td><td>{@code 2}</td><td>copies of each entry across members: with 2,
 *       losing one member loses no entry.</td></tr>
 *   <tr><td>{@code allow-list}</td><td>none</td><td>comma-separated regular expressions of further
 *       class names that may be deserialized from other members: your result types. The key type,
 *       {@code String}, the primitive wrappers and arrays of them are always allowed.</td></tr>
 * </table>
 *
 * @param clusterName      the cluster name, or {@code null} for a local cache manager
 * @param members          the configured members, empty when not configured
 * @param port             the first TCP port
 * @param networkInterface the address JGroups binds to
 * @param owners           the copies of each entry
 * @param allowList        further class-name patterns that may be deserialized
 */
record InfinispanSettings(String clusterName, List<String> members, int port, String networkInterface, int owners,
        List<String> allowList) {

    static final String PREFIX = "cached-inference.infinispan.";
    static final String CLUSTER_NAME = PREFIX + "cluster-name";
    static final String MEMBERS = PREFIX + "members";
    static final String PORT = PREFIX + "port";
    static final String INTERFACE = PREFIX + "interface";
    static final String OWNERS = PREFIX + "owners";
    static final String ALLOW_LIST = PREFIX + "allow-list";

    static final int DEFAULT_PORT = 7900;
    static final int PORT_RANGE = 20;
    static final String DEFAULT_INTERFACE = "127.0.0.1";
    static final int DEFAULT_OWNERS = 2;

    /** The largest port: failure detection binds port + 50000. */
    private static final int MAX_PORT = 65_535 - 50_000 - PORT_RANGE;

    InfinispanSettings {
        members = List.copyOf(members);
        allowList = List.copyOf(allowList);
    }

    /**
     * Reads the settings through the core's view, so every configuration source counts; invalid values
     * are rejected there and reported with the deployment's other problems.
     */
    static InfinispanSettings read(ProviderSettings settings) {
        String clusterName = settings.get(CLUSTER_NAME).orElse(null);
        List<String> members = settings.list(MEMBERS);
        int port = settings.get(PORT, DEFAULT_PORT, Integer::valueOf, p -> p >= 1 && p <= MAX_PORT,
                "a port number from 1 to " + MAX_PORT + " (failure detection also binds port + 50000)");
        String networkInterface = settings.get(INTERFACE).orElse(DEFAULT_INTERFACE);
        int owners = settings.get(OWNERS, DEFAULT_OWNERS, Integer::valueOf, o -> o >= 1, "a positive whole number");
        List<String> allowList = settings.get(ALLOW_LIST, List.of(), InfinispanSettings::patterns, p -> true,
                "comma-separated regular expressions");
        if (clusterName == null && !members.isEmpty()) {
            settings.reject(MEMBERS, "no members, as without " + CLUSTER_NAME + " the cache manager is local; set the"
                    + " same cluster name on every member");
        }
        settings.check();
        return new InfinispanSettings(clusterName, members, port, networkInterface, owners, allowList);
    }

    /** Whether the cache manager joins a cluster. */
    boolean clustered() {
        return clusterName != null;
    }

    /** The discovery list in JGroups' {@code host[port]} form. */
    String initialHosts() {
        List<String> hosts = members.isEmpty() ? List.of(networkInterface) : members;
        return hosts.stream().map(this::jgroupsAddress).collect(Collectors.joining(","));
    }

    private String jgroupsAddress(String address) {
        int colon = address.lastIndexOf(':');
        boolean hasPort = colon > address.lastIndexOf(']') && (address.startsWith("[") || address.indexOf(':') == colon);
        String host = hasPort ? address.substring(0, colon) : address;
        String hostPort = hasPort ? address.substring(colon + 1) : Integer.toString(port);
        return host.replace("[", "").replace("]", "") + '[' + hostPort + ']';
    }

    private static List<String> patterns(String value) {
        List<String> patterns = split(value);
        for (String p : patterns) {
            try {
                Pattern.compile(p);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("not a regular expression: " + p, e);
            }
        }
        return patterns;
    }

    private static List<String> split(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toList());
    }
}
