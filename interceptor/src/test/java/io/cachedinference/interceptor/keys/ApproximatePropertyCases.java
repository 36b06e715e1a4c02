package io.cachedinference.interceptor.keys;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.StringJoiner;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Generated cases for {@link ApproximateKeyPropertiesTest}: a fixed-seed stream, so case {@code [k]}
 * is the same on every run and JVM, with sizes and values weighted towards their bounds.
 */
final class ApproximatePropertyCases {

    /** The steps the quantizer is tried with. */
    static final double[] STEPS = {1e-4, 1e-3, 1.0 / 256, 0.01, 0.1, 0.5};

    private static final int[] SPECIAL_INTS = {0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE};

    private ApproximatePropertyCases() {
    }

    /** {@code count} cases from {@code seed}; case {@code i} is built from its own split of the seed's stream. */
    static <T> Stream<T> cases(long seed, int count, BiFunction<Integer, SplittableRandom, T> generator) {
        SplittableRandom master = new SplittableRandom(seed);
        return IntStream.range(0, count).mapToObj(i -> generator.apply(i, master.split()));
    }

    /** A number in {@code [min, max]}, weighted towards min, min + 1, small values and max. */
    static int size(SplittableRandom r, int min, int max) {
        int pick = r.nextInt(16);
        if (pick < 2) {
            return min;
        }
        if (pick < 4) {
            return Math.min(min + 1, max);
        }
        if (pick < 5) {
            return max;
        }
        if (pick < 10) {
            return r.nextInt(min, Math.min(min + 16, max) + 1);
        }
        return r.nextInt(min, max + 1);
    }

    /** An index in {@code [0, length)}, often the first or the last. */
    static int index(SplittableRandom r, int length) {
        int pick = r.nextInt(4);
        return pick == 0 ? 0 : pick == 1 ? length - 1 : r.nextInt(length);
    }

    static int anyInt(SplittableRandom r) {
        return r.nextInt(4) == 0 ? SPECIAL_INTS[r.nextInt(SPECIAL_INTS.length)] : r.nextInt();
    }

    static double step(SplittableRandom r) {
        return STEPS[r.nextInt(STEPS.length)];
    }

    /** Between {@code minSize} and {@code maxSize} levels in [-1000, 1000], often ±1000, ±1 or 0. */
    static List<Integer> levels(SplittableRandom r, int minSize, int maxSize) {
        List<Integer> levels = new ArrayList<>();
        for (int n = size(r, minSize, maxSize); levels.size() < n; ) {
            int pick = r.nextInt(8);
            levels.add(pick == 0 ? 1000 : pick == 1 ? -1000 : pick == 2 ? r.nextInt(-1, 2) : r.nextInt(-1000, 1001));
        }
        return levels;
    }

    /** One to five words of one to six letters each, from a–z and the CJK ideographs 一–龥. */
    static List<String> words(SplittableRandom r) {
        List<String> words = new ArrayList<>();
        for (int n = size(r, 1, 5); words.size() < n; ) {
            int kind = r.nextInt(3);
            StringBuilder word = new StringBuilder();
            for (int m = size(r, 1, 6); word.length() < m; ) {
                boolean latin = kind == 0 || kind == 2 && r.nextBoolean();
                word.append(latin ? (char) r.nextInt('a', 'z' + 1) : (char) r.nextInt('一', '龥' + 1));
            }
            words.add(word.toString());
        }
        return words;
    }

    static String showLevels(List<Integer> levels) {
        StringJoiner j = new StringJoiner(", ", levels.size() + " levels {", "}");
        for (int i = 0; i < levels.size(); i++) {
            if (levels.size() > 8 && i == 4) {
                j.add("…");
                i = levels.size() - 4;
            }
            j.add(levels.get(i).toString());
        }
        return j.toString();
    }

    /** The words, each non-ASCII char as its {@code \\uXXXX} escape. */
    static String showWords(List<String> words) {
        StringJoiner j = new StringJoiner(", ", "[", "]");
        for (String w : words) {
            StringBuilder s = new StringBuilder();
            w.chars().forEach(c -> s.append(c < 0x80 ? String.valueOf((char) c) : String.format("\\u%04X", c)));
            j.add(s);
        }
        return j.toString();
    }
}
