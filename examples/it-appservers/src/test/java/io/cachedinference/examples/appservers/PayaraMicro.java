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
 * Payara Micro running the WAR: {@code java -jar payara-micro.jar --deploy ...}, on loopback only.
 *
 * <p>Payara binds its HTTP listeners and its Hazelcast member to every interface by default, even
 * with {@code --nocluster}; a pre-boot command file moves the listeners and the member's interface
 * to 127.0.0.1, and {@code hazelcast.socket.bind.any=false} keeps Hazelcast from binding the
 * wildcard address. {@code --nocluster} keeps the member alone (it still runs: it is what Payara's
 * JCache provider stores in), and {@code --disablephonehome} keeps Payara from calling home.
 */
final class PayaraMicro extends AppServer {

    static final List<String> LOOPBACK_PREBOOT = List.of(
            "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1",
            "set configs.config.server-config.network-config.network-listeners.network-listener.https-listener.address=127.0.0.1",
            "set hazelcast-runtime-configuration.interface=127.0.0.1");

    private final Path jar;
    private final String version;
    private final Jdks.Jdk jdk;

    PayaraMicro(String id, Path jar, String version, Jdks.Jdk jdk, Map<String, String> systemProperties) {
        super(id, systemProperties);
        this.jar = jar;
        this.version = version;
        this.jdk = jdk;
    }

    /** Payara Micro 6 on the build's JDK 17. */
    static PayaraMicro v6(String id, Map<String, String> systemProperties) {
        return new PayaraMicro(id, Settings.payara6Jar(), "6", Jdks.jdk17(), systemProperties);
    }

    /** Payara Micro 7 on the given JDK 21+. */
    static PayaraMicro v7(String id, Jdks.Jdk jdk, Map<String, String> systemProperties) {
        return new PayaraMicro(id, Settings.payara7Jar(), "7", jdk, systemProperties);
    }

    @Override
    String product() {
        return "Payara Micro " + version + " on " + jdk;
    }

    @Override
    URI launch(Path run, Path log) {
        try {
            Path root = Files.createDirectories(run.resolve("root"));
            Path preboot = Files.write(run.resolve("preboot.asadmin"), LOOPBACK_PREBOOT);
            int port = Ports.free();
            List<String> command = new ArrayList<>(List.of(jdk.java().toString(),
                    "-Dhazelcast.socket.bind.any=false", "-Dhazelcast.phone.home.enabled=false"));
            command.addAll(systemPropertyArguments());
            command.addAll(List.of("-jar", jar.toString(),
                    "--nocluster", "--disablephonehome",
                    "--prebootcommandfile", preboot.toString(),
                    "--port", Integer.toString(port),
                    "--rootdir", root.toString(),
                    // the runtime jars, unpacked at every start; one directory per version, shared by its runs
                    "--unpackdir", Files.createDirectories(Settings.dir().resolve("payara-" + version + "-runtime")).toString(),
                    "--contextroot", "/",
                    "--deploy", Settings.war().toString()));
            run(command, Map.of(), run, log);
            return URI.create("http://127.0.0.1:" + port + "/");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare " + run, e);
        }
    }

    /** Payara Micro keeps running after a failed deployment; its log says so, with the cause on the same line. */
    @Override
    Optional<String> deploymentFailure() {
        // "loading" when CDI fails, "deploying" when the archive is refused (e.g. a lifecycle method's signature)
        return process().logLine("Exception while loading the app").or(() -> process().logLine("Exception while deploying the app"));
    }
}
