package io.cachedinference.redis.internal;

import io.cachedinference.api.spi.ProviderConfigurationException;
import io.cachedinference.api.spi.ProviderSettings;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The {@code cached-inference.redis.*} settings of one deployment, read through the core's
 * {@link ProviderSettings}: system properties, MicroProfile Config, then every
 * {@code META-INF/cached-inference.properties}. Defaults, all in one place:
 *
 * <table>
 *   <caption>Keys and defaults</caption>
 *   <tr><th>key</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@code address}</td><td>{@code redis://127.0.0.1:6379}</td><td>the one Redis server,
 *       {@code redis://host:port}, or {@code rediss://host:port} for TLS. No credentials in it: they
 *       would reach logs and messages; use {@code username} and {@code password}.</td></tr>
 *   <tr><td>{@code username}</td><td>none</td><td>the ACL user (Redis 6+); without it, {@code password}
 *       is the {@code requirepass} one.</td></tr>
 *   <tr><td>{@code password}</td><td>none</td><td>never written to a log or message.</td></tr>
 *   <tr><td>{@code database}</td><td>{@code 0}</td><td>the database number.</td></tr>
 *   <tr><td>{@code connection-pool-size}</td><td>{@code 16}</td><td>connections at most; a quarter
 *       (at least 1) are opened at deployment.</td></tr>
 *   <tr><td>{@code connect-timeout}</td><td>{@code PT1S}</td><td>how long opening a connection may take.</td></tr>
 *   <tr><td>{@code timeout}</td><td>{@code PT0.5S}</td><td>how long a command's answer may take; a cache
 *       call that waits longer fails, and the interceptor runs the model instead.</td></tr>
 *   <tr><td>{@code retry-attempts}</td><td>{@code 0}</td><td>how often a failed command is sent again;
 *       each retry adds up to a {@code timeout} to a failing call.</td></tr>
 *   <tr><td>{@code key-prefix}</td><td>{@code cached-inference:}</td><td>put before every Redis key
 *       this deployment writes: deployments share entries only under the same prefix.</td></tr>
 *   <tr><td>{@code trust-store}</td><td>none: the JVM's trusted authorities</td><td>with a
 *       {@code rediss://} address only: a PKCS12 or JKS file ({@code classpath:} resource or file path)
 *       whose certificates the client trusts, for a server certified by a private authority. The
 *       server's certificate must name the address's host (hostname verification stays on).</td></tr>
 *   <tr><td>{@code trust-store-password}</td><td>none</td><td>the trust store's password; never written
 *       to a log or message.</td></tr>
 *   <tr><td>{@code key-store}</td><td>none</td><td>with a {@code rediss://} address only: a PKCS12 or JKS
 *       file ({@code classpath:} resource or file path) holding the client's key and certificate, for a
 *       server with {@code tls-auth-clients yes}.</td></tr>
 *   <tr><td>{@code key-store-password}</td><td>none</td><td>the key store's password (and its key's);
 *       never written to a log or message.</td></tr>
 *   <tr><td>{@code config}</td><td>none</td><td>a Redisson YAML file ({@code classpath:} resource or
 *       file path) instead of every key above: for Sentinel or Cluster. Only the codec is replaced by
 *       this module's.</td></tr>
 * </table>
 *
 * <p>Every invalid value is reported at once, with the deployment's other problems, each with its key,
 * value, source and the expected form.
 *
 * @param address            the server's address
 * @param username           the ACL user, or {@code null}
 * @param password           the password, or {@code null}
 * @param database           the database number
 * @param connectionPoolSize the largest number of connections
 * @param connectTimeout     the connect timeout
 * @param timeout            the response timeout
 * @param retryAttempts      the retries of a failed command
 * @param keyPrefix          the prefix of every Redis key, possibly empty
 * @param trustStore         the key store of trusted certificates ({@code classpath:} or a file), or {@code null}
 * @param trustStorePassword its password, or {@code null}
 * @param keyStore           the key store of the client's certificate ({@code classpath:} or a file), or {@code null}
 * @param keyStorePassword   its password, or {@code null}
 * @param configFile         a Redisson YAML configuration replacing the keys above, or {@code null}
 */
record RedisSettings(URI address, String username, String password, int database, int connectionPoolSize,
        Duration connectTimeout, Duration timeout, int retryAttempts, String keyPrefix, String trustStore,
        String trustStorePassword, String keyStore, String keyStorePassword, String configFile) {

    static final String PREFIX = "cached-inference.redis.";
    static final String ADDRESS = PREFIX + "address";
    static final String USERNAME = PREFIX + "username";
    static final String PASSWORD = PREFIX + "password";
    static final String DATABASE = PREFIX + "database";
    static final String CONNECTION_POOL_SIZE = PREFIX + "connection-pool-size";
    static final String CONNECT_TIMEOUT = PREFIX + "connect-timeout";
    static final String TIMEOUT = PREFIX + "timeout";
    static final String RETRY_ATTEMPTS = PREFIX + "retry-attempts";
    static final String KEY_PREFIX = PREFIX + "key-prefix";
    static final String TRUST_STORE = PREFIX + "trust-store";
    static final String TRUST_STORE_PASSWORD = PREFIX + "trust-store-password";
    static final String KEY_STORE = PREFIX + "key-store";
    static final String KEY_STORE_PASSWORD = PREFIX + "key-store-password";
    static final String CONFIG = PREFIX + "config";
    static final String TLS_SCHEME = "rediss";

    static final URI DEFAULT_ADDRESS = URI.create("redis://127.0.0.1:6379");
    static final int DEFAULT_DATABASE = 0;
    static final int DEFAULT_CONNECTION_POOL_SIZE = 16;
    static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(1);
    static final Duration DEFAULT_TIMEOUT = Duration.ofMillis(500);
    static final int DEFAULT_RETRY_ATTEMPTS = 0;
    static final String DEFAULT_KEY_PREFIX = "cached-inference:";
    static final String CLASSPATH = "classpath:";

    /** The keys a Redisson YAML file replaces. */
    private static final List<String> REPLACED_BY_CONFIG = List.of(ADDRESS, USERNAME, PASSWORD, DATABASE,
            CONNECTION_POOL_SIZE, CONNECT_TIMEOUT, TIMEOUT, RETRY_ATTEMPTS, KEY_PREFIX, TRUST_STORE,
            TRUST_STORE_PASSWORD, KEY_STORE, KEY_STORE_PASSWORD);
    /** The keys that only a {@code rediss://} address takes. */
    private static final List<String> TLS_ONLY = List.of(TRUST_STORE, TRUST_STORE_PASSWORD, KEY_STORE,
            KEY_STORE_PASSWORD);
    /** The keys whose values no message shows: the core's rejection would. */
    private static final List<String> SECRETS = List.of(PASSWORD, TRUST_STORE_PASSWORD, KEY_STORE_PASSWORD);
    private static final String STORE = "a PKCS12 or JKS key store: classpath:<resource> on the class path, or the"
            + " path of a readable file";
    private static final Predicate<Duration> POSITIVE = d -> !d.isNegative() && !d.isZero()
            && d.toMillis() <= Integer.MAX_VALUE;
    private static final String DURATION = "a positive ISO-8601 duration such as PT0.5S, at most about 24 days";

    /**
     * Reads the settings through the core's view, so every configuration source counts; invalid values
     * are rejected there and reported with the deployment's other problems.
     */
    static RedisSettings read(ProviderSettings settings, ClassLoader classLoader) {
        URI address = settings.get(ADDRESS, DEFAULT_ADDRESS, URI::create, RedisSettings::validAddress,
                "redis://host:port, or rediss://host:port for TLS, without credentials (set " + USERNAME + " and "
                        + PASSWORD + ")");
        String username = settings.get(USERNAME).orElse(null);
        String password = settings.get(PASSWORD).orElse(null);
        int database = settings.get(DATABASE, DEFAULT_DATABASE, Integer::valueOf, d -> d >= 0,
                "a database number, 0 or more");
        int pool = settings.get(CONNECTION_POOL_SIZE, DEFAULT_CONNECTION_POOL_SIZE, Integer::valueOf,
                p -> p >= 1, "a positive whole number");
        Duration connectTimeout = settings.get(CONNECT_TIMEOUT, DEFAULT_CONNECT_TIMEOUT, Duration::parse, POSITIVE,
                DURATION);
        Duration timeout = settings.get(TIMEOUT, DEFAULT_TIMEOUT, Duration::parse, POSITIVE, DURATION);
        int retryAttempts = settings.get(RETRY_ATTEMPTS, DEFAULT_RETRY_ATTEMPTS, Integer::valueOf, r -> r >= 0,
                "a whole number, 0 or more");
        String keyPrefix = settings.get(KEY_PREFIX).orElse(DEFAULT_KEY_PREFIX);
        String trustStore = settings.get(TRUST_STORE, null, v -> v, v -> exists(v, classLoader), STORE);
        String trustStorePassword = settings.get(TRUST_STORE_PASSWORD).orElse(null);
        String keyStore = settings.get(KEY_STORE, null, v -> v, v -> exists(v, classLoader), STORE);
        String keyStorePassword = settings.get(KEY_STORE_PASSWORD).orElse(null);
        String configFile = settings.get(CONFIG, null, v -> v, v -> exists(v, classLoader),
                "a Redisson YAML file: classpath:<resource> on the class path, or the path of a readable file");
        List<String> conflicts = new ArrayList<>();
        if (configFile != null) {
            refuse(settings, REPLACED_BY_CONFIG, "no value while " + CONFIG + " is set: the Redisson file states"
                    + " the connection, its TLS stores, and its nameMapper the key prefix", conflicts);
        } else if (plain(settings.get(ADDRESS).orElse(DEFAULT_ADDRESS.toString()))) {
            refuse(settings, TLS_ONLY, "no value with a plain redis:// address (" + ADDRESS + "): the key"
                    + " configures TLS, which only a rediss://host:port address uses", conflicts);
        }
        requireStore(settings, TRUST_STORE_PASSWORD, TRUST_STORE, conflicts);
        requireStore(settings, KEY_STORE_PASSWORD, KEY_STORE, conflicts);
        try {
            settings.check();
        } catch (ProviderConfigurationException e) {
            conflicts.addAll(0, e.problems());
        }
        if (!conflicts.isEmpty()) {
            throw new ProviderConfigurationException(conflicts);
        }
        return new RedisSettings(address, username, password, database, pool, connectTimeout, timeout,
                retryAttempts, keyPrefix, trustStore, trustStorePassword, keyStore, keyStorePassword, configFile);
    }

    /** Rejects every key of the list that has a value, never showing a secret's. */
    private static void refuse(ProviderSettings settings, List<String> keys, String why, List<String> conflicts) {
        for (String key : keys) {
            if (settings.get(key).isEmpty()) {
                continue;
            }
            if (SECRETS.contains(key)) {
                conflicts.add(key + " is set (value not shown), and is invalid: expected " + why);
            } else {
                settings.reject(key, why);
            }
        }
    }

    /** A store's password without the store configures nothing: refused, its value not shown. */
    private static void requireStore(ProviderSettings settings, String passwordKey, String storeKey,
            List<String> conflicts) {
        if (settings.get(passwordKey).isPresent() && settings.get(storeKey).isEmpty()) {
            conflicts.add(passwordKey + " is set (value not shown), and is invalid: expected no value without "
                    + storeKey + ", the store it opens");
        }
    }

    /** Whether the address, as configured, is a valid {@code redis://} one; an invalid one is reported already. */
    private static boolean plain(String address) {
        try {
            URI uri = URI.create(address);
            return validAddress(uri) && !TLS_SCHEME.equals(uri.getScheme());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether the client speaks TLS to the server of {@link #address}. */
    boolean usesTls() {
        return configFile == null && TLS_SCHEME.equals(address.getScheme());
    }

    /** The address as messages may show it. */
    String describeAddress() {
        return configFile != null ? "the servers of " + configFile : address.toString();
    }

    /** The connections opened at deployment: a quarter of the pool, at least one. */
    int minimumIdle() {
        return Math.max(1, connectionPoolSize / 4);
    }

    /** Never the password. */
    @Override
    public String toString() {
        return "RedisSettings[address=" + address + ", username=" + username + ", password="
                + (password == null ? "none" : "(set)") + ", database=" + database + ", connectionPoolSize="
                + connectionPoolSize + ", connectTimeout=" + connectTimeout + ", timeout=" + timeout
                + ", retryAttempts=" + retryAttempts + ", keyPrefix=" + keyPrefix + ", trustStore=" + trustStore
                + ", trustStorePassword=" + (trustStorePassword == null ? "none" : "(set)") + ", keyStore=" + keyStore
                + ", keyStorePassword=" + (keyStorePassword == null ? "none" : "(set)") + ", config=" + configFile
                + "]";
    }

    private static boolean validAddress(URI uri) {
        return ("redis".equals(uri.getScheme()) || TLS_SCHEME.equals(uri.getScheme())) && uri.getHost() != null
                && uri.getPort() > 0 && uri.getUserInfo() == null
                && (uri.getPath() == null || uri.getPath().isEmpty()) && uri.getQuery() == null;
    }

    private static boolean exists(String value, ClassLoader classLoader) {
        if (value.startsWith(CLASSPATH)) {
            return classLoader.getResource(resource(value)) != null;
        }
        return Files.isReadable(Path.of(value));
    }

    /** The resource name of a {@code classpath:} value. */
    static String resource(String value) {
        return value.substring(CLASSPATH.length()).replaceFirst("^/", "");
    }
}
