package io.cachedinference.examples.replay;

import java.util.Arrays;
import java.util.Random;

/** Draws ranks 0…n-1 with probability proportional to 1/(rank+1)^s (Zipf's law). */
final class ZipfSampler {

    private final double[] cumulative;

    ZipfSampler(int n, double s) {
        if (n < 1) {
            throw new IllegalArgumentException("A Zipf distribution needs at least one rank, got " + n);
        }
        cumulative = new double[n];
        double total = 0;
        for (int k = 0; k < n; k++) {
            total += 1 / Math.pow(k + 1, s);
            cumulative[k] = total;
        }
        for (int k = 0; k < n; k++) {
            cumulative[k] /= total;
        }
    }

    /** The probability of a rank. */
    double probability(int rank) {
        return rank == 0 ? cumulative[0] : cumulative[rank] - cumulative[rank - 1];
    }

    int next(Random random) {
        int at = Arrays.binarySearch(cumulative, random.nextDouble());
        int rank = at >= 0 ? at : -at - 1;
        return Math.min(rank, cumulative.length - 1);
    }
}
