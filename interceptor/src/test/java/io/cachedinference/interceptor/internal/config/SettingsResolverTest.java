package io.cachedinference.interceptor.internal.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.api.CachedInference;
import io.cachedinference.api.EvictionPolicy;
import io.cachedinference.api.spi.CacheSettings;
import io.cachedinference.interceptor.internal.validation.InvalidSettingException;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SettingsResolverTest {

    @CachedInference(cacheName = "embeddings", eviction = EvictionPolicy.TTL, maxEntries = 50, ttl = "PT10S")
    private static final class Annotated {
    }

    private static final CachedInference ANNOTATION = Annotated.class.getAnnotation(CachedInference.class);

    @Test
    void withoutConfiguration_theAnnotationDecides() {
        CacheSettings s = resolve(new CachedInferenceConfig(List.of())).orElseThrow();

        assertThat(s).isEqualTo(new CacheSettings("embeddings", EvictionPolicy.TTL, 50, Duration.ofSeconds(10)));
    }

    @Test
    void higherSources_overrideLowerOnes_keyByKey() {
        ConfigSource high = source("high", Map.of("cached-inference.cache.embeddings.ttl", "PT1M"));
        ConfigSource low = source("low", Map.of("cached-inference.cache.embeddings.ttl", "PT2M",
                "cached-inference.cache.embeddings.max-entries", "2_000",
                "cached-inference.cache.embeddings.eviction", "lru"));

        CacheSettings s = resolve(new CachedInferenceConfig(List.of(high, low))).orElseThrow();

        assertThat(s.ttl()).isEqualTo(Duration.ofMinutes(1));
        assertThat(s.maxEntries()).isEqualTo(2000);
        assertThat(s.eviction()).isEqualTo(EvictionPolicy.LRU);
    }

    @Test
    void propertiesFileOnTheClassPath_isRead_andSystemPropertiesWin(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("META-INF/cached-inference.properties");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "cached-inference.cache.embeddings.max-entries=77\n"
                + "cached-inference.cache.embeddings.ttl=PT3S\n", StandardCharsets.UTF_8);
        String key = "cached-inference.cache.embeddings.ttl";
        String previous = System.setProperty(key, "PT4S");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            CacheSettings s = resolve(CachedInferenceConfig.load(loader)).orElseThrow();

            assertThat(s.maxEntries()).isEqualTo(77);
            assertThat(s.ttl()).isEqualTo(Duration.ofSeconds(4));
        } finally {
            if (previous == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, previous);
            }
        }
    }

    @Test
    void everyInvalidValue_isReported_namingKeyValueAndSource() {
        ConfigSource bad = source("test.properties", Map.of(
                "cached-inference.cache.embeddings.ttl", "10 seconds",
                "cached-inference.cache.embeddings.max-entries", "many",
                "cached-inference.cache.embeddings.eviction", "fifo"));
        List<RuntimeException> problems = new ArrayList<>();

        Optional<CacheSettings> s = new SettingsResolver(new CachedInferenceConfig(List.of(bad)))
                .resolve("embeddings", ANNOTATION, "M#m()", problems::add);

        assertThat(s).isEmpty();
        assertThat(problems).hasSize(3).allMatch(InvalidSettingException.class::isInstance)
                .extracting(Throwable::getMessage)
                .anySatisfy(m -> assertThat(m).contains("ttl=10 seconds (from test.properties)").contains("ISO-8601"))
                .anySatisfy(m -> assertThat(m).contains("max-entries=many").contains("whole number"))
                .anySatisfy(m -> assertThat(m).contains("eviction=fifo").contains("[LRU, LFU, TTL]"));
    }

    @Test
    void maxBytes_acceptsBinaryUnits_andRejectsOtherText() {
        ConfigSource units = source("units", Map.of("cached-inference.cache.embeddings.max-bytes", "512KB"));
        assertThat(resolve(new CachedInferenceConfig(List.of(units))).orElseThrow().maxBytes()).isEqualTo(512 * 1024);
        assertThat(ByteSize.parse("64 mb")).contains(64L << 20);
        assertThat(ByteSize.parse("65536")).contains(65536L);

        ConfigSource bad = source("bad", Map.of("cached-inference.cache.embeddings.max-bytes", "lots"));
        List<RuntimeException> problems = new ArrayList<>();
        new SettingsResolver(new CachedInferenceConfig(List.of(bad))).resolve("embeddings", ANNOTATION, "M#m()",
                problems::add);
        assertThat(problems).singleElement().extracting(Throwable::getMessage).asString()
                .contains("max-bytes=lots").contains("512KB");
    }

    private static Optional<CacheSettings> resolve(CachedInferenceConfig config) {
        List<RuntimeException> problems = new ArrayList<>();
        Optional<CacheSettings> s = new SettingsResolver(config).resolve("embeddings", ANNOTATION, "M#m()", problems::add);
        assertThat(problems).isEmpty();
        return s;
    }

    private static ConfigSource source(String name, Map<String, String> values) {
        return new MapConfigSource(values, name);
    }
}
