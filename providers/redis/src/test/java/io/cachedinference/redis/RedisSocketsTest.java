package io.cachedinference.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.cachedinference.tck.KitContainer;
import io.cachedinference.tck.beans.ScoringModel;
import io.cachedinference.testsupport.LoopbackRedis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A deployment's Redisson client binds nothing on the wildcard address. Regression: Redisson resolves host
 * names with Netty's own DNS client by default, which binds a UDP socket per event loop to 0.0.0.0; the
 * WildFly test that lists the server's sockets found four. The adapter now has the JDK resolve names.
 */
final class RedisSocketsTest {

    private static final Set<String> WILDCARDS = Set.of("00000000", "00000000000000000000000000000000");

    @BeforeAll
    static void server() {
        LoopbackRedis.shared();
    }

    @Test
    void deploymentWithAHit_bindsNoSocketOnTheWildcardAddress() throws IOException {
        assumeTrue(Files.isReadable(Path.of("/proc/net/udp")) && Files.isDirectory(Path.of("/proc/self/fd")),
                "the sockets are read from Linux's /proc, which this system does not have");
        try (KitContainer c = KitContainer.start(new RedisFixture(), ScoringModel.class)) {
            ScoringModel model = c.select(ScoringModel.class);
            model.negate(new float[] {1});
            model.negate(new float[] {1});
            assertThat(model.runs()).isEqualTo(1);

            assertThat(wildcardSockets()).as("this JVM's sockets bound to 0.0.0.0 or ::").isEmpty();
        }
    }

    /** This process's UDP sockets and TCP listeners on a wildcard address, as /proc/net lines. */
    private static List<String> wildcardSockets() throws IOException {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : (Iterable<Path>) fds::iterator) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring("socket:[".length(), target.length() - 1));
                    }
                } catch (IOException e) {
                    // closed while listing
                }
            }
        }
        List<String> found = new ArrayList<>();
        for (String table : List.of("udp", "udp6", "tcp", "tcp6")) {
            Path file = Path.of("/proc/net", table);
            if (!Files.isReadable(file)) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split("\\s+");
                // sl local_address rem_address st ... inode; TCP listeners are state 0A
                boolean bound = table.startsWith("udp") || f[3].equals("0A");
                if (f.length > 9 && bound && inodes.contains(f[9]) && WILDCARDS.contains(f[1].split(":")[0])) {
                    found.add(table + " " + line.trim());
                }
            }
        }
        return found;
    }
}
