package io.cachedinference.interceptor.internal.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Optional;
import java.util.Properties;

/** Reads one {@code META-INF/cached-inference.properties} resource, in UTF-8. */
final class PropertiesFileSource implements ConfigSource {

    static final String RESOURCE = "META-INF/cached-inference.properties";

    private final URL url;
    private final Properties properties;

    PropertiesFileSource(URL url) {
        this.url = url;
        this.properties = load(url);
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(properties.getProperty(key));
    }

    @Override
    public Iterable<String> names() {
        return properties.stringPropertyNames();
    }

    @Override
    public String description() {
        return url.toString();
    }

    static Iterable<URL> find(ClassLoader classLoader) {
        try {
            return Collections.list(classLoader.getResources(RESOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + RESOURCE + " resources", e);
        }
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
}
