package io.cachedinference.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * A smoke test, not a measurement: the seed baselines compute what the seed computes, and the inputs
 * have the sizes the README reports. Expected values come from Python:
 * {@code hashlib.md5(struct.pack('<3f', 1, 2, 3)).hexdigest()} and so on.
 */
final class KeyGenerationBenchmarkTest {

    @Test
    void seedBytes_areNumpysLittleEndianFloat32Layout() {
        assertThat(HexFormat.of().formatHex(KeyGenerationBenchmark.seedBytes(new float[] {1f, 2f, 3f})))
                .isEqualTo("0000803f0000004000004040");
    }

    @Test
    void seedMd5_matchesPythonsHexdigest() {
        byte[] bytes = KeyGenerationBenchmark.seedBytes(new float[] {1f, 2f, 3f});

        assertThat(KeyGenerationBenchmark.hexDigest("MD5", bytes)).isEqualTo("6e55f044605a4991f15fd4505d83faf4");
    }

    @Test
    void seedSha256OfText_matchesPythonsTextHash() {
        byte[] bytes = KeyGenerationBenchmark.seedBytes(KeyGenerationBenchmark.QUERY);

        assertThat(bytes).hasSize(16);
        assertThat(KeyGenerationBenchmark.hexDigest("SHA-256", bytes))
                .isEqualTo("3bcb1ae35dfce8aaf707b81939fda02ef956694e1e13d963f9ce29faf9545f54");
    }

    @Test
    void inputs_haveTheSizesTheReadmeReports() {
        assertThat(KeyGenerationBenchmark.seedBytes(KeyGenerationBenchmark.input("tensor"))).hasSize(602_112);
        assertThat(KeyGenerationBenchmark.seedBytes(KeyGenerationBenchmark.input("embedding"))).hasSize(2_048);
    }

    @Test
    void everyBenchmark_runsOnceForEveryInput() {
        for (String input : new String[] {"tensor", "embedding", "text"}) {
            KeyGenerationBenchmark benchmark = new KeyGenerationBenchmark();
            benchmark.input = input;
            benchmark.setUp();

            assertThat(benchmark.contentKey()).isEqualTo(benchmark.contentKey());
            assertThat(benchmark.contentKeySha256()).isEqualTo(benchmark.contentKeySha256());
            assertThat(benchmark.contentKeySha256().digest()).hasSize(32);
            assertThat(benchmark.sha256Floor()).hasSize(32);
            assertThat(benchmark.seedMd5Hex()).hasSize(32);
            assertThat(benchmark.seedSha256Hex()).hasSize(64);
            assertThat(benchmark.arraycopy()).isEqualTo(KeyGenerationBenchmark.seedBytes(KeyGenerationBenchmark.input(input)));
        }
    }
}
