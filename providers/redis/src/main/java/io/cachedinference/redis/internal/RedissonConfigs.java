package io.cachedinference.redis.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.redisson.api.NameMapper;
import org.redisson.client.codec.Codec;
import org.redisson.config.Config;
import org.redisson.config.SingleServerConfig;

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
            addServer(config.useSingleServer(), settings);
            config.setNettyThreads(NETTY_THREADS);
            config.setAddressResolverGroupFactory(new JdkAddressResolvers());
        }
        config.setCodec(codec);
        return config;
    }

    private static void addServer(SingleServerConfig server, RedisSettings settings) {
        server.setAddress(settings.address().toString());
        addCredentials(server, settings);
        server.setDatabase(settings.database());
        addPool(server, settings);
        addTimeouts(server, settings);
        server.setNameMapper(prefix(settings.keyPrefix()));
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
