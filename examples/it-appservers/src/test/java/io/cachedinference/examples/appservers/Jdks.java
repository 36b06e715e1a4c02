package io.cachedinference.examples.appservers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The JDKs the servers run on: the build's JDK 17 for Payara Micro 6 and WildFly, and a JDK 21 or
 * newer for Payara Micro 7, given by {@code appservers.jdk21.home} or found in the usual places.
 */
final class Jdks {

    /** One JDK: its home and version, as its {@code release} file states. */
    record Jdk(Path home, int feature, String version) {

        /** Its {@code bin/java}. */
        Path java() {
            return home.resolve("bin").resolve("java");
        }

        @Override
        public String toString() {
            return "JDK " + version;
        }
    }

    private static final Pattern JAVA_VERSION = Pattern.compile("^JAVA_VERSION=\"?([^\"\\s]+)\"?", Pattern.MULTILINE);

    private Jdks() {
    }

    /** The JDK of {@code appservers.jdk17.home}, by default the one running the build. */
    static Jdk jdk17() {
        String configured = Settings.optional("appservers.jdk17.home");
        Path home = Path.of(configured != null ? configured : System.getProperty("java.home"));
        return of(home).orElseThrow(() -> new IllegalStateException("appservers.jdk17.home=" + home
                + " is not a JDK (no release file with JAVA_VERSION, or no bin/java)"));
    }

    /**
     * The JDK 21+ of {@code appservers.jdk21.home}; when that is unset, the newest JDK 21+ among
     * {@link #candidates()}; empty when there is none.
     *
     * @throws IllegalStateException when {@code appservers.jdk21.home} is set but is no JDK 21+
     */
    static Optional<Jdk> jdk21OrNewer() {
        String configured = Settings.optional("appservers.jdk21.home");
        if (configured != null) {
            Jdk jdk = of(Path.of(configured)).orElseThrow(() -> new IllegalStateException("appservers.jdk21.home="
                    + configured + " is not a JDK (no release file with JAVA_VERSION, or no bin/java)"));
            if (jdk.feature() < 21) {
                throw new IllegalStateException("appservers.jdk21.home=" + configured + " is " + jdk + "; Payara Micro 7"
                        + " needs 21 or newer");
            }
            return Optional.of(jdk);
        }
        return newest(candidates(), 21);
    }

    /** The newest JDK of at least the given feature version among the homes. */
    static Optional<Jdk> newest(List<Path> homes, int minimumFeature) {
        return homes.stream().map(Jdks::of).flatMap(Optional::stream).filter(j -> j.feature() >= minimumFeature)
                .max(Comparator.comparingInt(Jdk::feature));
    }

    /** Where JDKs are looked for: this JVM, {@code JAVA_HOME}, and the usual install directories. */
    static List<Path> candidates() {
        List<Path> homes = new ArrayList<>();
        homes.add(Path.of(System.getProperty("java.home")));
        String javaHome = System.getenv("JAVA_HOME");
        if (javaHome != null && !javaHome.isBlank()) {
            homes.add(Path.of(javaHome));
        }
        String user = System.getProperty("user.home");
        for (Path parent : List.of(Path.of("/usr/lib/jvm"), Path.of("/usr/java"), Path.of("/opt/java"), Path.of("/opt"),
                Path.of(user, ".sdkman", "candidates", "java"), Path.of(user, ".jdks"))) {
            homes.addAll(children(parent));
        }
        for (Path bundle : children(Path.of("/Library/Java/JavaVirtualMachines"))) {
            homes.add(bundle.resolve("Contents").resolve("Home"));
        }
        return homes;
    }

    /** The places {@link #candidates()} looks in, for the message when nothing is found. */
    static String searched() {
        return "this JVM, JAVA_HOME, /usr/lib/jvm, /usr/java, /opt/java, /opt, ~/.sdkman/candidates/java, ~/.jdks,"
                + " /Library/Java/JavaVirtualMachines";
    }

    /** The JDK at a home, if it has a {@code release} file naming its version and a {@code bin/java}. */
    static Optional<Jdk> of(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release) || !Files.isExecutable(home.resolve("bin").resolve("java"))) {
            return Optional.empty();
        }
        try {
            Matcher m = JAVA_VERSION.matcher(Files.readString(release));
            if (!m.find()) {
                return Optional.empty();
            }
            String version = m.group(1);
            return Optional.of(new Jdk(home.toRealPath(), feature(version), version));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** 17 for {@code 17.0.15}, 8 for {@code 1.8.0_392}. */
    static int feature(String version) {
        String[] parts = version.split("[._+-]");
        int first = Integer.parseInt(parts[0]);
        return first == 1 && parts.length > 1 ? Integer.parseInt(parts[1]) : first;
    }

    private static List<Path> children(Path parent) {
        if (!Files.isDirectory(parent)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(parent)) {
            return list.sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
