package io.cachedinference.redis.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.redisson.api.NameMapper;
import org.redisson.client.codec.Codec;
import org.redisson.config.Config;
import org.redisson.config.SingleServerConfig;
import org.redisson.config.SslVerificationMode;

/**
 * The Redisson configuration of a deployment's own client, built programmatically from
 * {@link RedisSettings} (or read from the Redisson YAML file they name), in named steps. Whichever the
 * source, the codec is this module's ({@link ResultCodec}): values never take Redisson's default Kryo
 * codec, which instantiates whatever class the bytes name.
 */
final class RedissonConfigs {

    /** Netty threads of one client: a deployment's cache calls need few, and Redisson's default is 32. */
    static final int NETTY_THREADS = 4;

    private RedissonConfigs() {
    }

    /** The configuration of one deployment's client. */
    static Config of(RedisSettings settings, Codec codec, ClassLoader classLoader) {
        Config config = settings.configFile() != null ? read(settings.configFile(), classLoader) : new Config();
        if (settings.configFile() == null) {
            addServer(config.useSingleServer(), settings, classLoader);
            config.setNettyThreads(NETTY_THREADS);
            config.setAddressResolverGroupFactory(new JdkAddressResolvers());
        }
        config.setCodec(codec);
        return config;
    }

    private static void addServer(SingleServerConfig server, RedisSettings settings, ClassLoader classLoader) {
        server.setAddress(settings.address().toString());
        addCredentials(server, settings);
        server.setDatabase(settings.database());
        addPool(server, settings);
        addTimeouts(server, settings);
        addTls(server, settings, classLoader);
        server.setNameMapper(prefix(settings.keyPrefix()));
    }

    /**
     * With a {@code rediss://} address: the stores, and hostname verification on (Redisson's STRICT: the
     * server's certificate must be trusted and name the address's host), stated so no default change
     * turns it off.
     */
    private static void addTls(SingleServerConfig server, RedisSettings settings, ClassLoader classLoader) {
        if (!settings.usesTls()) {
            return;
        }
        server.setSslVerificationMode(SslVerificationMode.STRICT);
        if (settings.trustStore() != null) {
            server.setSslTruststore(url(settings.trustStore(), RedisSettings.TRUST_STORE, classLoader));
            server.setSslTruststorePassword(settings.trustStorePassword());
        }
        if (settings.keyStore() != null) {
            server.setSslKeystore(url(settings.keyStore(), RedisSettings.KEY_STORE, classLoader));
            server.setSslKeystorePassword(settings.keyStorePassword());
        }
    }

    /** The URL Redisson opens for a {@code classpath:} resource or a file path, checked by the settings. */
    private static URL url(String value, String key, ClassLoader classLoader) {
        if (value.startsWith(RedisSettings.CLASSPATH)) {
            URL resource = classLoader.getResource(RedisSettings.resource(value));
            if (resource == null) {
                throw new IllegalStateException("No resource " + RedisSettings.resource(value) + " (" + key + ")");
            }
            return resource;
        }
        try {
            return Path.of(value).toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException("Cannot open " + value + " (" + key + "): " + e.getMessage(), e);
        }
    }

    private static void addCredentials(SingleServerConfig server, RedisSettings settings) {
        if (settings.username() != null) {
            server.setUsername(settings.username());
        }
        if (settings.password() != null) {
            server.setPassword(settings.password());
        }
    }

    private static void addPool(SingleServerConfig server, RedisSettings settings) {
        server.setConnectionPoolSize(settings.connectionPoolSize());
        server.setConnectionMinimumIdleSize(settings.minimumIdle());
        // JCache's expiry notices use Pub/Sub; one connection is enough for a deployment
        server.setSubscriptionConnectionPoolSize(1);
        server.setSubscriptionConnectionMinimumIdleSize(1);
    }

    private static void addTimeouts(SingleServerConfig server, RedisSettings settings) {
        server.setConnectTimeout((int) settings.connectTimeout().toMillis());
        server.setTimeout((int) settings.timeout().toMillis());
        server.setRetryAttempts(settings.retryAttempts());
    }

    private static Config read(String file, ClassLoader classLoader) {
        try {
            if (file.startsWith(RedisSettings.CLASSPATH)) {
                try (InputStream in = classLoader.getResourceAsStream(RedisSettings.resource(file))) {
                    if (in == null) {
                        throw new IOException("no resource " + RedisSettings.resource(file));
                    }
                    return Config.fromYAML(in);
                }
            }
            try (InputStream in = Files.newInputStream(Path.of(file))) {
                return Config.fromYAML(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Redisson configuration " + file + " ("
                    + RedisSettings.CONFIG + "): " + e.getMessage(), e);
        }
    }

    /** Puts the prefix before every Redis key Redisson writes for this client. */
    static NameMapper prefix(String prefix) {
        if (prefix.isEmpty()) {
            return NameMapper.direct();
        }
        return new NameMapper() {
            @Override
            public String map(String name) {
                return prefix + name;
            }

            @Override
            public String unmap(String name) {
                return name.startsWith(prefix) ? name.substring(prefix.length()) : name;
            }
        };
    }
}
