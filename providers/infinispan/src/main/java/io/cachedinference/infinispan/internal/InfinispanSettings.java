package io.cachedinference.infinispan.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * The {@code cached-inference.infinispan.*} settings of one deployment, read like the interceptor's
 * own configuration: system properties first, then every {@code META-INF/cached-inference.properties}
 * on the deployment's class path. Without a cluster name the cache manager is local and the other
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

    private static final String RESOURCE = "META-INF/cached-inference.properties";
    /** The largest port: failure detection binds port + 50000. */
    private static final int MAX_PORT = 65_535 - 50_000 - PORT_RANGE;

    InfinispanSettings {
        members = List.copyOf(members);
        allowList = List.copyOf(allowList);
    }

    /** Reads and validates the settings visible to the deployment's class loader. */
    static InfinispanSettings load(ClassLoader classLoader) {
        return read(sources(classLoader));
    }

    /** Reads and validates the settings from the given sources, highest precedence first. */
    static InfinispanSettings read(List<Source> sources) {
        Reader reader = new Reader(sources);
        String clusterName = reader.value(CLUSTER_NAME).orElse(null);
        List<String> members = reader.value(MEMBERS).map(InfinispanSettings::split).orElse(List.of());
        int port = reader.parse(PORT, DEFAULT_PORT, Integer::valueOf, p -> p >= 1 && p <= MAX_PORT,
                "a port number from 1 to " + MAX_PORT + " (failure detection also binds port + 50000)");
        String networkInterface = reader.value(INTERFACE).orElse(DEFAULT_INTERFACE);
        int owners = reader.parse(OWNERS, DEFAULT_OWNERS, Integer::valueOf, o -> o >= 1,
                "a positive whole number");
        List<String> allowList = reader.parse(ALLOW_LIST, List.of(), InfinispanSettings::patterns, p -> true,
                "comma-separated regular expressions");
        reader.failOnProblems();
        if (clusterName == null && !members.isEmpty()) {
            throw new IllegalArgumentException(MEMBERS + "=" + String.join(",", members) + " is set without "
                    + CLUSTER_NAME + ": without a cluster name the cache manager is local. Set the same cluster"
                    + " name on every member");
        }
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
                throw new NumberFormatException("not a regular expression: " + p);
            }
        }
        return patterns;
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

        <T> T parse(String key, T fallback, Function<String, T> parser, Predicate<T> valid, String expected) {
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
            } catch (NumberFormatException e) {
                // reported below with the key and the expected form
            }
            problems.add(key + "=" + value + " (from " + setting.get().source() + ") is invalid: expected " + expected);
            return fallback;
        }

        void failOnProblems() {
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("Invalid Infinispan settings: " + String.join("; ", problems)
                        + ". Fix or remove these keys");
            }
        }

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
