package io.cachedinference.interceptor.keys;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Not a test: prints the robustness figures quoted in {@link ImageFingerprintKey}, on larger samples
 * than the tests run. Arguments: scenes, noisy frames per scene, distinct scenes for collisions,
 * subjects per background (10 backgrounds). The quoted figures come from {@code 200 5 3000 100}
 * (about 9 minutes on 2 cores), after {@code ./mvnw -q test-compile -pl interceptor -am}:
 * <pre>
 * java -cp interceptor/target/classes:interceptor/target/test-classes:api/target/classes:$ZAH_JAR  *     io.cachedinference.interceptor.keys.FingerprintMeasurement 200 5 3000 100
 * </pre>
 */
final class FingerprintMeasurement {

    private FingerprintMeasurement() {
    }

    public static void main(String[] args) {
        int scenes = Integer.parseInt(args[0]);
        int frames = Integer.parseInt(args[1]);
        int distinct = Integer.parseInt(args[2]);
        int subjects = Integer.parseInt(args[3]);
        float[][] images = new float[scenes][];
        for (int s = 0; s < scenes; s++) {
            images[s] = Scenes.frame(1000 + s, 77);
        }
        float[][][] onBackground = new float[10][subjects][];
        double[][][] grids = new double[10][subjects][];
        for (int b = 0; b < 10; b++) {
            for (int s = 0; s < subjects; s++) {
                onBackground[b][s] = Scenes.frame(4242 + b, 90_000 + 1000L * b + s);
                grids[b][s] = ImageFingerprintKey.luminanceGrid(onBackground[b][s],
                        new ImageFingerprintKey.Shape(3, Scenes.SIDE, Scenes.SIDE, ImageFingerprintKey.Layout.CHW));
            }
        }
        double[][] cases = {{0.005, 1, 0}, {0.01, 1, 0}, {0.02, 1, 0}, {0, 1.05, 0}, {0, 0.95, 0}, {0, 1, 0.02},
            {0.01, 1.03, -0.01}};
        for (int bits : new int[] {15, 24, 35, 48, 63}) {
            StringBuilder out = new StringBuilder(bits + " bits:");
            long[] base = new long[scenes];
            for (int s = 0; s < scenes; s++) {
                base[s] = Scenes.fingerprint(images[s], bits);
            }
            for (double[] c : cases) {
                Random noise = new Random(7);
                int same = 0;
                for (int s = 0; s < scenes; s++) {
                    for (int f = 0; f < frames; f++) {
                        if (Scenes.fingerprint(Scenes.reshoot(images[s], noise, c[0], c[1], c[2]), bits) == base[s]) {
                            same++;
                        }
                    }
                }
                out.append(String.format(" | s=%.3f g=%.2f o=%+.2f kept %.1f%%", c[0], c[1], c[2],
                        100.0 * same / (scenes * frames)));
            }
            Set<Long> seen = new HashSet<>();
            int collisions = 0;
            for (int s = 0; s < distinct; s++) {
                if (!seen.add(Scenes.fingerprint(Scenes.frame(50_000 + s, s), bits))) {
                    collisions++;
                }
            }
            out.append(" | distinct scenes colliding ").append(collisions).append('/').append(distinct);
            double[] edges = {0, 0.02, 0.04, 0.08, 1e9};
            long[] pairs = new long[4];
            long[] same = new long[4];
            for (int b = 0; b < 10; b++) {
                long[] h = new long[subjects];
                for (int s = 0; s < subjects; s++) {
                    h[s] = Scenes.fingerprint(onBackground[b][s], bits);
                }
                for (int i = 0; i < subjects; i++) {
                    for (int j = i + 1; j < subjects; j++) {
                        double d = 0;
                        for (int k = 0; k < grids[b][i].length; k++) {
                            double e = grids[b][i][k] - grids[b][j][k];
                            d += e * e;
                        }
                        d = Math.sqrt(d / grids[b][i].length);
                        int bin = 0;
                        while (d >= edges[bin + 1]) {
                            bin++;
                        }
                        pairs[bin]++;
                        if (h[i] == h[j]) {
                            same[bin]++;
                        }
                    }
                }
            }
            out.append(" | subject pairs sharing a key by grid RMS difference:");
            for (int k = 0; k < 4; k++) {
                out.append(String.format(" [%.2f,%s) %d/%d", edges[k], k == 3 ? "inf" : String.format("%.2f", edges[k + 1]),
                        same[k], pairs[k]));
            }
            System.out.println(out);
        }
    }
}
