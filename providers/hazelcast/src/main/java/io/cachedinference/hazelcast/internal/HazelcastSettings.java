package io.cachedinference.hazelcast.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The {@code cached-inference.hazelcast.*} settings of one deployment, read like the interceptor's
 * own configuration: system properties first, then every {@code META-INF/cached-inference.properties}
 * on the deployment's class path. Defaults, all in one place:
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
 * <p>Every invalid value is reported at once, each with its key, value, source and fix.
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

    private static final String RESOURCE = "META-INF/cached-inference.properties";

    HazelcastSettings {
        members = List.copyOf(members);
    }

    /** Reads and validates the settings visible to the deployment's class loader. */
    static HazelcastSettings load(ClassLoader classLoader) {
        return read(sources(classLoader));
    }

    /** Reads and validates the settings from the given sources, highest precedence first. */
    static HazelcastSettings read(List<Source> sources) {
        Reader reader = new Reader(sources);
        String clusterName = reader.value(CLUSTER_NAME).orElse(null);
        List<String> members = reader.value(MEMBERS).map(HazelcastSettings::split).orElse(List.of());
        int port = reader.parse(PORT, DEFAULT_PORT, Integer::valueOf, p -> p >= 1 && p <= 65_535,
                "a port number from 1 to 65535");
        String networkInterface = reader.value(INTERFACE).orElse(DEFAULT_INTERFACE);
        int partitionCount = reader.parse(PARTITION_COUNT, DEFAULT_PARTITION_COUNT, Integer::valueOf, c -> c >= 1,
                "a positive whole number, the same on every member");
        int backupCount = reader.parse(BACKUP_COUNT, DEFAULT_BACKUP_COUNT, Integer::valueOf,
                c -> c >= 0 && c <= MAX_BACKUP_COUNT, "a whole number from 0 to " + MAX_BACKUP_COUNT);
        Duration connectTimeout = reader.parse(CONNECT_TIMEOUT, DEFAULT_CONNECT_TIMEOUT, Duration::parse,
                d -> !d.isNegative() && !d.isZero(), "a positive ISO-8601 duration such as PT10S");
        reader.failOnProblems();
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

    private static List<String> split(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toList());
    }

    private static List<Source> sources(ClassLoader classLoader) {
        List<Source> sources = new ArrayList<>();
        sources.add(new Source("system properties", System.getProperties()));
        try {
            for (URL url : Collections.list(classLoader.getResources(RESOURCE))) {
                sources.add(new Source(url.toString(), load(url)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + RESOURCE + " resources", e);
        }
        return sources;
    }

    private static Properties load(URL url) {
        Properties p = new Properties();
        try (InputStream in = url.openStream()) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read configuration " + url, e);
        }
        return p;
    }

    /** One place settings are read from, such as system properties or one properties file. */
    record Source(String description, Properties properties) {
    }

    /** Reads keys from the sources and collects every invalid value. */
    private static final class Reader {
        private final List<Source> sources;
        private final List<String> problems = new ArrayList<>();

        Reader(List<Source> sources) {
            this.sources = sources;
        }

        Optional<String> value(String key) {
            return setting(key).map(Setting::value).filter(v -> !v.isEmpty());
        }

        <T> T parse(String key, T fallback, Function<String, T> parser, Predicate<T> valid,
                String expected) {
            Optional<Setting> setting = setting(key).filter(s -> !s.value().isEmpty());
            if (setting.isEmpty()) {
                return fallback;
            }
            String value = setting.get().value();
            try {
                T parsed = parser.apply(value);
                if (valid.test(parsed)) {
                    return parsed;
                }
            } catch (NumberFormatException | DateTimeParseException e) {
                // reported below with the key and the expected form
            }
            problems.add(key + "=" + value + " (from " + setting.get().source() + ") is invalid: expected " + expected);
            return fallback;
        }

        void failOnProblems() {
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("Invalid Hazelcast settings: " + String.join("; ", problems)
                        + ". Fix or remove these keys");
            }
        }

        /** The trimmed value from the highest source that defines the key. */
        private Optional<Setting> setting(String key) {
            for (Source source : sources) {
                String value = source.properties().getProperty(key);
                if (value != null) {
                    return Optional.of(new Setting(value.trim(), source.description()));
                }
            }
            return Optional.empty();
        }
    }

    private record Setting(String value, String source) {
    }
}
