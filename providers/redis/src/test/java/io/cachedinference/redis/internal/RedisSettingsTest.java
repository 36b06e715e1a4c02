package io.cachedinference.redis.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cachedinference.api.spi.ProviderConfigurationException;
import io.cachedinference.tck.MapProviderSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redisson.config.Config;
import org.redisson.config.SslVerificationMode;

/** Reading {@code cached-inference.redis.*}: defaults, messages, and what reaches Redisson. */
final class RedisSettingsTest {

    private static final ClassLoader LOADER = RedisSettingsTest.class.getClassLoader();

    @Test
    void nothingConfigured_givesTheDocumentedDefaults() {
        RedisSettings s = read(Map.of());

        assertThat(s.address()).isEqualTo(URI.create("redis://127.0.0.1:6379"));
        assertThat(s.username()).isNull();
        assertThat(s.password()).isNull();
        assertThat(s.database()).isZero();
        assertThat(s.connectionPoolSize()).isEqualTo(16);
        assertThat(s.minimumIdle()).isEqualTo(4);
        assertThat(s.connectTimeout()).isEqualTo(Duration.ofSeconds(1));
        assertThat(s.timeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(s.retryAttempts()).isZero();
        assertThat(s.keyPrefix()).isEqualTo("cached-inference:");
        assertThat(s.trustStore()).isNull();
        assertThat(s.trustStorePassword()).isNull();
        assertThat(s.keyStore()).isNull();
        assertThat(s.keyStorePassword()).isNull();
        assertThat(s.configFile()).isNull();
    }

    @Test
    void everyInvalidValue_isReportedAtOnce_withKeyValueSourceAndExpectedForm() {
        assertThatThrownBy(() -> read(Map.of(
                "cached-inference.redis.address", "http://cache:6379",
                "cached-inference.redis.database", "-1",
                "cached-inference.redis.connection-pool-size", "0",
                "cached-inference.redis.timeout", "500ms",
                "cached-inference.redis.retry-attempts", "many")))
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining("cached-inference.redis.address=http://cache:6379 (from the test)")
                .hasMessageContaining("rediss://host:port for TLS")
                .hasMessageContaining("cached-inference.redis.database=-1")
                .hasMessageContaining("cached-inference.redis.connection-pool-size=0")
                .hasMessageContaining("cached-inference.redis.timeout=500ms").hasMessageContaining("ISO-8601")
                .hasMessageContaining("cached-inference.redis.retry-attempts=many");
    }

    @Test
    void credentialsInTheAddress_areRefused_soTheyNeverReachALogOrMessage() {
        assertThatThrownBy(() -> read(Map.of("cached-inference.redis.address", "redis://:hunter2@cache:6379")))
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining("cached-inference.redis.address=")
                .hasMessageContaining("without credentials (set cached-inference.redis.username and"
                        + " cached-inference.redis.password)");
    }

    @Test
    void settingsToString_neverShowsThePassword() {
        RedisSettings s = read(Map.of("cached-inference.redis.password", "hunter2"));

        assertThat(s.toString()).doesNotContain("hunter2").contains("password=(set)");
    }

    @Test
    void tlsAddress_userDatabasePoolAndTimeouts_reachRedissonsSingleServerConfig() {
        RedisSettings s = read(Map.of(
                "cached-inference.redis.address", "rediss://cache.internal:6380",
                "cached-inference.redis.username", "inference",
                "cached-inference.redis.password", "hunter2",
                "cached-inference.redis.database", "3",
                "cached-inference.redis.connection-pool-size", "8",
                "cached-inference.redis.connect-timeout", "PT0.3S",
                "cached-inference.redis.timeout", "PT0.1S",
                "cached-inference.redis.retry-attempts", "2",
                "cached-inference.redis.key-prefix", "ranker:"));

        Config config = RedissonConfigs.of(s, new ResultCodec(LOADER, new ResultTypeFilter()), LOADER);

        var server = config.useSingleServer();
        assertThat(config.isSingleConfig()).isTrue();
        assertThat(config.getCodec()).isInstanceOf(ResultCodec.class);
        assertThat(server.getAddress()).isEqualTo("rediss://cache.internal:6380");
        assertThat(server.getUsername()).isEqualTo("inference");
        assertThat(server.getPassword()).isEqualTo("hunter2");
        assertThat(server.getDatabase()).isEqualTo(3);
        assertThat(server.getConnectionPoolSize()).isEqualTo(8);
        assertThat(server.getConnectionMinimumIdleSize()).isEqualTo(2);
        assertThat(server.getConnectTimeout()).isEqualTo(300);
        assertThat(server.getTimeout()).isEqualTo(100);
        assertThat(server.getRetryAttempts()).isEqualTo(2);
        assertThat(server.getNameMapper().map("cache")).isEqualTo("ranker:cache");
        assertThat(server.getNameMapper().unmap("ranker:cache")).isEqualTo("cache");
    }

    @Test
    void redissonFile_replacesTheConnectionKeys_butNotTheCodec() {
        RedisSettings s = read(Map.of("cached-inference.redis.config", "classpath:redisson-test.yaml"));

        Config config = RedissonConfigs.of(s, new ResultCodec(LOADER, new ResultTypeFilter()), LOADER);

        assertThat(config.isSingleConfig()).isTrue();
        assertThat(config.getCodec()).isInstanceOf(ResultCodec.class);
    }

    @Test
    void redissonFile_withConnectionKeysBeside_isRefused_namingEachKey() {
        assertThatThrownBy(() -> read(Map.of("cached-inference.redis.config", "classpath:redisson-test.yaml",
                "cached-inference.redis.address", "redis://10.0.0.1:6379",
                "cached-inference.redis.password", "hunter2")))
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining("cached-inference.redis.address=redis://10.0.0.1:6379")
                .hasMessageContaining("cached-inference.redis.password is set (value not shown)")
                .hasMessageContaining("no value while cached-inference.redis.config is set")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void missingRedissonFile_isRefused() {
        assertThatThrownBy(() -> read(Map.of("cached-inference.redis.config", "classpath:no-such.yaml")))
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining("cached-inference.redis.config=classpath:no-such.yaml")
                .hasMessageContaining("a Redisson YAML file");
    }

    @Test
    void tlsStores_reachRedissonsSslSettings_withHostnameVerificationOn(@TempDir Path dir) throws IOException {
        Path trust = Files.writeString(dir.resolve("trust.p12"), "store");
        Path key = Files.writeString(dir.resolve("client.p12"), "store");
        RedisSettings s = read(Map.of("cached-inference.redis.address", "rediss://cache.internal:6380",
                "cached-inference.redis.trust-store", trust.toString(),
                "cached-inference.redis.trust-store-password", "trust-secret",
                "cached-inference.redis.key-store", key.toString(),
                "cached-inference.redis.key-store-password", "key-secret"));

        var server = RedissonConfigs.of(s, new ResultCodec(LOADER, new ResultTypeFilter()), LOADER).useSingleServer();

        assertThat(server.getSslTruststore()).isEqualTo(trust.toUri().toURL());
        assertThat(server.getSslTruststorePassword()).isEqualTo("trust-secret");
        assertThat(server.getSslKeystore()).isEqualTo(key.toUri().toURL());
        assertThat(server.getSslKeystorePassword()).isEqualTo("key-secret");
        assertThat(server.getSslVerificationMode()).isEqualTo(SslVerificationMode.STRICT);
        assertThat(s.toString()).doesNotContain("trust-secret").doesNotContain("key-secret")
                .contains("trustStorePassword=(set)").contains("keyStorePassword=(set)");
    }

    @Test
    void trustStoreOnTheClassPath_reachesRedissonAsItsResource() {
        RedisSettings s = read(Map.of("cached-inference.redis.address", "rediss://cache.internal:6380",
                "cached-inference.redis.trust-store", "classpath:redisson-test.yaml"));

        var server = RedissonConfigs.of(s, new ResultCodec(LOADER, new ResultTypeFilter()), LOADER).useSingleServer();

        assertThat(server.getSslTruststore()).isEqualTo(LOADER.getResource("redisson-test.yaml"));
        assertThat(server.getSslTruststorePassword()).isNull();
    }

    @Test
    void tlsAddressWithoutStores_keepsTheJvmsTrustAndHostnameVerification() {
        RedisSettings s = read(Map.of("cached-inference.redis.address", "rediss://cache.internal:6380"));

        var server = RedissonConfigs.of(s, new ResultCodec(LOADER, new ResultTypeFilter()), LOADER).useSingleServer();

        assertThat(server.getSslTruststore()).isNull();
        assertThat(server.getSslKeystore()).isNull();
        assertThat(server.getSslVerificationMode()).isEqualTo(SslVerificationMode.STRICT);
    }

    @Test
    void tlsKeys_withAPlainAddress_areRefused_namingEachKeyAndWhy_neverAPassword(@TempDir Path dir)
            throws IOException {
        Path store = Files.writeString(dir.resolve("trust.p12"), "store");
        assertThatThrownBy(() -> read(Map.of("cached-inference.redis.address", "redis://cache:6379",
                "cached-inference.redis.trust-store", store.toString(),
                "cached-inference.redis.trust-store-password", "trust-secret",
                "cached-inference.redis.key-store", store.toString(),
                "cached-inference.redis.key-store-password", "key-secret")))
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining("cached-inference.redis.trust-store=" + store)
                .hasMessageContaining("cached-inference.redis.key-store=" + store)
                .hasMessageContaining("cached-inference.redis.trust-store-password is set (value not shown)")
                .hasMessageContaining("cached-inference.redis.key-store-password is set (value not shown)")
                .hasMessageContaining("only a rediss://host:port address uses")
                .hasMessageNotContaining("trust-secret").hasMessageNotContaining("key-secret");
    }

    @Test
    void tlsKeys_withTheDefaultAddress_areRefused(@TempDir Path dir) throws IOException {
        Path store = Files.writeString(dir.resolve("trust.p12"), "store");
        assertThatThrownBy(() -> read(Map.of("cached-inference.redis.trust-store", store.toString())))
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining("cached-inference.redis.trust-store=" + store)
                .hasMessageContaining("no value with a plain redis:// address");
    }

    @Test
    void missingStores_areRefused_withTheOtherProblems() {
        assertThatThrownBy(() -> read(Map.of("cached-inference.redis.address", "rediss://cache:6380",
                "cached-inference.redis.trust-store", "/no/such/trust.p12",
                "cached-inference.redis.key-store", "classpath:no-such.p12",
                "cached-inference.redis.database", "-1")))
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining("cached-inference.redis.trust-store=/no/such/trust.p12")
                .hasMessageContaining("cached-inference.redis.key-store=classpath:no-such.p12")
                .hasMessageContaining("a PKCS12 or JKS key store")
                .hasMessageContaining("cached-inference.redis.database=-1");
    }

    @Test
    void storePasswordWithoutItsStore_isRefused_valueNotShown() {
        assertThatThrownBy(() -> read(Map.of("cached-inference.redis.address", "rediss://cache:6380",
                "cached-inference.redis.key-store-password", "key-secret")))
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining("cached-inference.redis.key-store-password is set (value not shown)")
                .hasMessageContaining("no value without cached-inference.redis.key-store")
                .hasMessageNotContaining("key-secret");
    }

    @Test
    void redissonFile_withTlsKeysBeside_isRefused_neverShowingAPassword(@TempDir Path dir) throws IOException {
        Path store = Files.writeString(dir.resolve("trust.p12"), "store");
        assertThatThrownBy(() -> read(Map.of("cached-inference.redis.config", "classpath:redisson-test.yaml",
                "cached-inference.redis.trust-store", store.toString(),
                "cached-inference.redis.trust-store-password", "trust-secret")))
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining("cached-inference.redis.trust-store=" + store)
                .hasMessageContaining("cached-inference.redis.trust-store-password is set (value not shown)")
                .hasMessageContaining("no value while cached-inference.redis.config is set")
                .hasMessageNotContaining("trust-secret");
    }

    private static RedisSettings read(Map<String, String> values) {
        return RedisSettings.read(new MapProviderSettings(values), LOADER);
    }
}
