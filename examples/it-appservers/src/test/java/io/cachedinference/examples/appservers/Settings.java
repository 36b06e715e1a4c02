package io.cachedinference.examples.appservers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** What the build hands the tests as system properties (see this module's pom). */
final class Settings {

    private Settings() {
    }

    /** Where servers are unpacked, run and log: {@code target/appservers}. */
    static Path dir() {
        return existing("appservers.dir");
    }

    /** The example WAR, the same file for every server and configuration. */
    static Path war() {
        return existing("appservers.war");
    }

    static Path payara6Jar() {
        return existing("appservers.payara6.jar");
    }

    static Path payara7Jar() {
        return existing("appservers.payara7.jar");
    }

    static Path wildflyHome() {
        return existing("appservers.wildfly.home");
    }

    /** How long a server may take from start to serving the WAR. */
    static Duration startTimeout() {
        return Duration.ofSeconds(Long.parseLong(System.getProperty("appservers.start-timeout", "240")));
    }

    /** A system property, or {@code null} when it is unset or blank. */
    static String optional(String key) {
        String value = System.getProperty(key);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Path existing(String key) {
        String value = optional(key);
        if (value == null) {
            throw new IllegalStateException("System property " + key + " is not set; run these tests through Maven"
                    + " (./mvnw -B verify), which downloads the servers and sets it");
        }
        Path path = Path.of(value);
        if (!Files.exists(path)) {
            throw new IllegalStateException(key + "=" + path + " does not exist; run ./mvnw -B verify, whose"
                    + " pre-integration-test phase puts it there");
        }
        return path;
    }
}
