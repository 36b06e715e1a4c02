package io.cachedinference.interceptor.internal.key;

import io.cachedinference.api.KeyDigest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.StringJoiner;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Generated cases for {@link ContentKeyPropertiesTest}: a fixed-seed stream, so case {@code [k]} is
 * the same on every run and JVM, and values weighted towards what breaks hashing (empty and
 * one-element arrays; NaN with any payload, ±0.0, the infinities, subnormals and extremes; text with
 * whitespace, control characters, lone surrogates, CJK and characters beyond the BMP). Each case
 * carries a short printable description for the test's name and failure message.
 */
final class KeyPropertyCases {

    private static final float[] SPECIAL_FLOATS = {
        0.0f, -0.0f, 1.0f, -1.0f, Float.NaN, Float.intBitsToFloat(0x7fc00001), Float.intBitsToFloat(0xffc00000),
        Float.intBitsToFloat(0x7f800001), Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.MIN_VALUE,
        -Float.MIN_VALUE, Float.MIN_NORMAL, -Float.MIN_NORMAL, Float.MAX_VALUE, -Float.MAX_VALUE,
    };

    private static final double[] SPECIAL_DOUBLES = {
        0.0, -0.0, 1.0, -1.0, Double.NaN, Double.longBitsToDouble(0x7ff8000000000001L),
        Double.longBitsToDouble(0xfff8000000000000L), Double.longBitsToDouble(0x7ff0000000000001L),
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, -Double.MIN_VALUE,
        Double.MIN_NORMAL, -Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE,
    };

    private static final long[] SPECIAL_LONGS = {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, Integer.MIN_VALUE};

    private static final int[] WHITESPACE = {' ', '\t', '\n', '\r', 0x0B, 0x0C, 0x85, 0xA0, 0x2003, 0x2028, 0x3000};

    private KeyPropertyCases() {
    }

    /** {@code count} cases from {@code seed}; case {@code i} is built from its own split of the seed's stream. */
    static Stream<Arguments> cases(long seed, int count, BiFunction<Integer, SplittableRandom, Arguments> generator) {
        SplittableRandom master = new SplittableRandom(seed);
        return IntStream.range(0, count).mapToObj(i -> generator.apply(i, master.split()));
    }

    /** Both digests, alternately, so each gets half the cases. */
    static KeyDigest digest(int caseIndex) {
        KeyDigest[] all = KeyDigest.values();
        return all[caseIndex % all.length];
    }

    /** A size in {@code [min, max]}, weighted towards min, min + 1, small sizes and max. */
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

    static float anyFloat(SplittableRandom r) {
        int pick = r.nextInt(8);
        if (pick < 2) {
            return SPECIAL_FLOATS[r.nextInt(SPECIAL_FLOATS.length)];
        }
        if (pick == 2) {
            // subnormal: exponent bits zero, mantissa not
            return Float.intBitsToFloat((r.nextBoolean() ? 0x80000000 : 0) | r.nextInt(1, 0x800000));
        }
        if (pick < 5) {
            // any bit pattern: every exponent, and NaN with any payload
            return Float.intBitsToFloat(r.nextInt());
        }
        return (float) ((r.nextDouble() * 2 - 1) * Math.pow(10, r.nextInt(-6, 7)));
    }

    static double anyDouble(SplittableRandom r) {
        int pick = r.nextInt(8);
        if (pick < 2) {
            return SPECIAL_DOUBLES[r.nextInt(SPECIAL_DOUBLES.length)];
        }
        if (pick == 2) {
            return Double.longBitsToDouble((r.nextBoolean() ? Long.MIN_VALUE : 0) | r.nextLong(1, 1L << 52));
        }
        if (pick < 5) {
            return Double.longBitsToDouble(r.nextLong());
        }
        return (r.nextDouble() * 2 - 1) * Math.pow(10, r.nextInt(-12, 13));
    }

    static long anyLong(SplittableRandom r) {
        int pick = r.nextInt(4);
        if (pick == 0) {
            return SPECIAL_LONGS[r.nextInt(SPECIAL_LONGS.length)];
        }
        return pick == 1 ? r.nextLong(-1000, 1001) : r.nextLong();
    }

    static float[] floats(SplittableRandom r, int minLength, int maxLength) {
        float[] a = new float[size(r, minLength, maxLength)];
        for (int i = 0; i < a.length; i++) {
            a[i] = anyFloat(r);
        }
        return a;
    }

    static long[] longs(SplittableRandom r, int minLength, int maxLength) {
        long[] a = new long[size(r, minLength, maxLength)];
        for (int i = 0; i < a.length; i++) {
            a[i] = anyLong(r);
        }
        return a;
    }

    /** Rows of up to {@code maxRow} doubles each. */
    static List<List<Double>> rows(SplittableRandom r, int maxRows, int maxRow) {
        List<List<Double>> rows = new ArrayList<>();
        for (int n = size(r, 0, maxRows); rows.size() < n; ) {
            List<Double> row = new ArrayList<>();
            for (int m = size(r, 0, maxRow); row.size() < m; ) {
                row.add(anyDouble(r));
            }
            rows.add(row);
        }
        return rows;
    }

    /** Text of at least {@code minChars} chars and at most {@code maxCodePoints} code points (each one or two chars). */
    static String text(SplittableRandom r, int minChars, int maxCodePoints) {
        StringBuilder s = new StringBuilder();
        int codePoints = size(r, minChars, maxCodePoints);
        for (int i = 0; i < codePoints; i++) {
            s.appendCodePoint(codePoint(r));
        }
        return s.toString();
    }

    private static int codePoint(SplittableRandom r) {
        switch (r.nextInt(8)) {
            case 0:
            case 1:
                return r.nextInt(0x20, 0x7F);                          // printable ASCII
            case 2:
                return WHITESPACE[r.nextInt(WHITESPACE.length)];
            case 3:
                return r.nextInt(0x4E00, 0x9FA6);                      // CJK unified ideographs
            case 4:
                return r.nextInt(0x10000, 0x110000);                   // beyond the BMP: a surrogate pair
            case 5:
                return r.nextInt(0xD800, 0xE000);                      // a lone surrogate
            case 6:
                return r.nextBoolean() ? r.nextInt(0x20) : r.nextInt(0x0300, 0x0370); // control, combining
            default:
                return r.nextInt(0x80, 0x10000);                       // anywhere in the BMP
        }
    }

    /** Up to {@code max} distinct names, the empty name included. */
    static List<String> uniqueNames(SplittableRandom r, int max) {
        Set<String> names = new LinkedHashSet<>();
        for (int n = size(r, 0, max); names.size() < n; ) {
            names.add(text(r, 0, 255));
        }
        return new ArrayList<>(names);
    }

    static String show(float[] a) {
        StringJoiner j = new StringJoiner(", ", "float[" + a.length + "] {", "}");
        for (int i = 0; i < a.length; i++) {
            if (a.length > 6 && i == 3) {
                j.add("…");
                i = a.length - 3;
            }
            j.add(show(a[i]));
        }
        return j.toString();
    }

    static String show(long[] a) {
        StringJoiner j = new StringJoiner(", ", "long[" + a.length + "] {", "}");
        for (int i = 0; i < a.length; i++) {
            if (a.length > 6 && i == 3) {
                j.add("…");
                i = a.length - 3;
            }
            j.add(Long.toString(a[i]));
        }
        return j.toString();
    }

    /** The float, with its bits when it is NaN, since the key sees every bit. */
    static String show(float f) {
        return f != f ? "NaN(0x" + Integer.toHexString(Float.floatToRawIntBits(f)) + ")" : Float.toString(f);
    }

    static String show(double d) {
        return d != d ? "NaN(0x" + Long.toHexString(Double.doubleToRawLongBits(d)) + ")" : Double.toString(d);
    }

    static String showRows(List<List<Double>> rows) {
        StringJoiner j = new StringJoiner(", ", "rows[" + rows.size() + "] {", "}");
        for (int i = 0; i < rows.size(); i++) {
            if (rows.size() > 4 && i == 2) {
                j.add("…");
                i = rows.size() - 2;
            }
            StringJoiner row = new StringJoiner(", ", "[", "]");
            rows.get(i).forEach(d -> row.add(show(d)));
            j.add(row.toString());
        }
        return j.toString();
    }

    /**
     * The text quoted, printable ASCII as is and every other char as {@code \\uXXXX} (so whitespace,
     * control characters and surrogate halves stay visible), cut after 24 chars.
     */
    static String show(CharSequence s) {
        StringBuilder out = new StringBuilder("\"");
        int shown = Math.min(s.length(), 24);
        for (int i = 0; i < shown; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
                out.append(c);
            } else {
                out.append(String.format("\\u%04X", (int) c));
            }
        }
        out.append('"');
        if (shown < s.length()) {
            out.append("…(").append(s.length()).append(" chars)");
        }
        return out.toString();
    }

    static String showNames(List<String> names) {
        StringJoiner j = new StringJoiner(", ", names.size() + " names {", "}");
        names.forEach(n -> j.add(show(n)));
        return j.toString();
    }
}
