package io.cachedinference.examples.appservers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * WildFly from its distribution zip running the WAR as {@code ROOT.war}: {@code bin/standalone.sh}
 * with public and management interfaces on 127.0.0.1 and free ports for HTTP, HTTPS and both
 * management listeners. Each run gets a fresh copy of {@code standalone/} as its base directory, so
 * runs share nothing but the unpacked distribution.
 */
final class WildFly extends AppServer {

    private final Jdks.Jdk jdk;
    private Path deployments;

    WildFly(String id, Map<String, String> systemProperties) {
        super(id, systemProperties);
        this.jdk = Jdks.jdk17();
    }

    @Override
    String product() {
        return "WildFly " + Settings.wildflyHome().getFileName().toString().replace("wildfly-", "") + " on " + jdk;
    }

    @Override
    URI launch(Path run, Path log) {
        Path home = Settings.wildflyHome();
        Path base = run.resolve("standalone");
        copyRecursively(home.resolve("standalone"), base);
        deployments = base.resolve("deployments");
        try {
            Files.copy(Settings.war(), deployments.resolve("ROOT.war"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot deploy " + Settings.war() + " to " + deployments, e);
        }
        int http = Ports.free();
        List<String> command = new ArrayList<>(List.of("/bin/sh", home.resolve("bin/standalone.sh").toString(),
                "-b", "127.0.0.1", "-bmanagement", "127.0.0.1",
                "-Djboss.server.base.dir=" + base,
                "-Djboss.http.port=" + http,
                "-Djboss.https.port=" + Ports.free(),
                "-Djboss.management.http.port=" + Ports.free(),
                "-Djboss.management.https.port=" + Ports.free()));
        command.addAll(systemPropertyArguments());
        // the script forwards SIGTERM to the server's JVM only when it launches it in the background
        run(command, Map.of("JAVA_HOME", jdk.home().toString(), "LAUNCH_JBOSS_IN_BACKGROUND", "1"), run, log);
        return URI.create("http://127.0.0.1:" + http + "/");
    }

    /** The deployment scanner writes {@code ROOT.war.failed}, holding the reason, when deployment fails. */
    @Override
    Optional<String> deploymentFailure() {
        Path failed = deployments.resolve("ROOT.war.failed");
        if (!Files.exists(failed)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(failed));
        } catch (IOException e) {
            return Optional.of("ROOT.war.failed exists but cannot be read: " + e);
        }
    }
}
