package io.cachedinference.interceptor.keys;

import java.util.Arrays;

/**
 * The DCT perceptual hash behind {@link ImageFingerprintKey}: luminance averaged down to a 32×32
 * grid, its 2-D DCT-II, and one bit per low-frequency coefficient (the lowest k×k without the DC
 * term, k²−1 bits), set when the coefficient is above their median.
 *
 * <p>Design notes. Averaging each cell over many pixels and keeping only low frequencies makes the
 * coefficients insensitive to pixel noise; comparing them with their own median makes the bits
 * independent of brightness gain, and dropping the DC term makes them independent of a brightness
 * offset. For an exact-match key the block size is a trade: each extra bit is one more coefficient
 * that noise can push across the median (a miss), and one more chance that a real change shows (a
 * different key). k = 6 (35 bits) is the default: the usual pHash's 8×8 (63 bits) lost 8.6 % of
 * frames at noise σ = 0.01, 6×6 lost 2.5 % and still told 3,000 distinct scenes apart, which 5×5
 * (24 bits) did not; the measured figures are in {@link ImageFingerprintKey}. Only {@link StrictMath} and a fixed summation order are used, so the
 * bits are the same on every JVM.
 */
final class PerceptualHash {

    static final int GRID = 32;
    static final int MIN_BLOCK = 4;
    static final int MAX_BLOCK = 8;

    /** The orthonormal DCT-II basis for the low frequencies: COS[u][x]. */
    private static final double[][] COS = basis();

    private PerceptualHash() {
    }

    /** The number of bits of a k×k block. */
    static int bits(int block) {
        return block * block - 1;
    }

    /** The block size k with k²−1 = bits, or −1 when there is none in {@link #MIN_BLOCK}..{@link #MAX_BLOCK}. */
    static int blockOf(int bits) {
        for (int k = MIN_BLOCK; k <= MAX_BLOCK; k++) {
            if (bits(k) == bits) {
                return k;
            }
        }
        return -1;
    }

    /** The hash of an image whose luminance is already on the {@link #GRID}×{@link #GRID} grid. */
    static long ofGrid(double[] grid, int block) {
        double[] c = lowFrequencies(grid, block);
        double[] ac = Arrays.copyOfRange(c, 1, c.length);
        double[] sorted = ac.clone();
        Arrays.sort(sorted);
        double median = sorted[ac.length / 2];
        long bits = 0;
        for (int i = 0; i < ac.length; i++) {
            if (ac[i] > median) {
                bits |= 1L << i;
            }
        }
        return bits;
    }

    /** The lowest block×block DCT coefficients of the grid, row by row (index v·block + u). */
    static double[] lowFrequencies(double[] grid, int block) {
        double[] rows = new double[GRID * block];
        for (int y = 0; y < GRID; y++) {
            for (int u = 0; u < block; u++) {
                double s = 0;
                for (int x = 0; x < GRID; x++) {
                    s += grid[y * GRID + x] * COS[u][x];
                }
                rows[y * block + u] = s;
            }
        }
        double[] c = new double[block * block];
        for (int v = 0; v < block; v++) {
            for (int u = 0; u < block; u++) {
                double s = 0;
                for (int y = 0; y < GRID; y++) {
                    s += rows[y * block + u] * COS[v][y];
                }
                c[v * block + u] = s;
            }
        }
        return c;
    }

    private static double[][] basis() {
        double[][] cos = new double[MAX_BLOCK][GRID];
        for (int u = 0; u < MAX_BLOCK; u++) {
            double scale = u == 0 ? StrictMath.sqrt(1.0 / GRID) : StrictMath.sqrt(2.0 / GRID);
            for (int x = 0; x < GRID; x++) {
                cos[u][x] = scale * StrictMath.cos((2 * x + 1) * u * StrictMath.PI / (2 * GRID));
            }
        }
        return cos;
    }
}
