package io.cachedinference.benchmarks.hitratio;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/** The traces the simulator replays. Every generator takes a seed: the same arguments give the same trace. */
public final class Traces {

    private Traces() {
    }

    /**
     * Independent draws from a Zipf distribution: key {@code k} (rank {@code k+1}) is drawn with
     * probability proportional to {@code 1 / (k+1)^alpha}.
     */
    public static Trace zipf(double alpha, int distinct, int requests, long seed) {
        ZipfSampler zipf = new ZipfSampler(alpha, distinct);
        SplittableRandom random = new SplittableRandom(seed);
        int[] keys = new int[requests];
        for (int i = 0; i < requests; i++) {
            keys[i] = zipf.sample(random);
        }
        return new Trace(String.format("Zipf %.1f, %,d keys", alpha, distinct), keys, distinct);
    }

    /**
     * A Zipf trace polluted by scans: after every {@code between} Zipf calls comes a burst of
     * {@code burst} calls with keys never used before or after (a batch job walking a data set once).
     * {@code bursts} bursts in all; the trace ends with the last burst's Zipf calls.
     */
    public static Trace zipfWithScans(double alpha, int distinct, int between, int burst, int bursts, long seed) {
        ZipfSampler zipf = new ZipfSampler(alpha, distinct);
        SplittableRandom random = new SplittableRandom(seed);
        int[] keys = new int[bursts * (between + burst)];
        int next = distinct;
        int i = 0;
        for (int b = 0; b < bursts; b++) {
            for (int j = 0; j < between; j++) {
                keys[i++] = zipf.sample(random);
            }
            for (int j = 0; j < burst; j++) {
                keys[i++] = next++;
            }
        }
        return new Trace(String.format("Zipf %.1f + scans (%d × %,d one-off keys every %,d calls)", alpha, bursts, burst,
                between), keys, next);
    }

    /**
     * The seed's experiment, step by step: {@code distinct} inputs, then {@code repeats} times
     * {@code inputs.append(random.choice(inputs))} (so a repeat may repeat a repeat), then
     * {@code random.shuffle(inputs)}.
     */
    public static Trace seedRepeats(int distinct, int repeats, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Integer> inputs = new ArrayList<>(distinct + repeats);
        for (int i = 0; i < distinct; i++) {
            inputs.add(i);
        }
        for (int i = 0; i < repeats; i++) {
            inputs.add(inputs.get(random.nextInt(inputs.size())));
        }
        Collections.shuffle(inputs, new java.util.Random(random.nextLong()));
        return new Trace(String.format("seed: %d inputs + %d repeats, shuffled", distinct, repeats),
                inputs.stream().mapToInt(Integer::intValue).toArray(), distinct);
    }

    /**
     * A security camera keyed by a face fingerprint: {@code fps} frames a second for {@code seconds};
     * one of {@code subjects} people is in view and stays for a uniformly random
     * {@code [minHold, maxHold]} seconds, then another one steps in. The key is the subject's id, as
     * a fingerprint key maps every frame of one face to one key (exact content keys would never
     * repeat: no two camera frames are equal).
     */
    public static Trace camera(int subjects, int fps, int seconds, double minHold, double maxHold, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] keys = new int[fps * seconds];
        int subject = random.nextInt(subjects);
        int i = 0;
        while (i < keys.length) {
            int frames = (int) Math.round(fps * (minHold + random.nextDouble() * (maxHold - minHold)));
            for (int f = 0; f < frames && i < keys.length; f++) {
                keys[i++] = subject;
            }
            int other = random.nextInt(subjects - 1);
            subject = other >= subject ? other + 1 : other;
        }
        return new Trace(String.format("camera: %d subjects, %d fps, %d s, holds %.0f–%.0f s, fingerprint keys", subjects,
                fps, seconds, minHold, maxHold), keys, subjects);
    }

    /** Inverse-CDF sampling over precomputed cumulative weights. */
    private static final class ZipfSampler {
        private final double[] cumulative;

        ZipfSampler(double alpha, int distinct) {
            cumulative = new double[distinct];
            double sum = 0;
            for (int k = 0; k < distinct; k++) {
                sum += 1.0 / Math.pow(k + 1, alpha);
                cumulative[k] = sum;
            }
            for (int k = 0; k < distinct; k++) {
                cumulative[k] /= sum;
            }
        }

        int sample(SplittableRandom random) {
            double u = random.nextDouble();
            int low = 0;
            int high = cumulative.length - 1;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (cumulative[mid] < u) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }
    }
}
