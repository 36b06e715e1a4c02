package io.cachedinference.interceptor.internal.key;

import static io.cachedinference.interceptor.internal.key.KeyPropertyCases.anyLong;
import static io.cachedinference.interceptor.internal.key.KeyPropertyCases.cases;
import static io.cachedinference.interceptor.internal.key.KeyPropertyCases.digest;
import static io.cachedinference.interceptor.internal.key.KeyPropertyCases.floats;
import static io.cachedinference.interceptor.internal.key.KeyPropertyCases.index;
import static io.cachedinference.interceptor.internal.key.KeyPropertyCases.longs;
import static io.cachedinference.interceptor.internal.key.KeyPropertyCases.rows;
import static io.cachedinference.interceptor.internal.key.KeyPropertyCases.show;
import static io.cachedinference.interceptor.internal.key.KeyPropertyCases.showNames;
import static io.cachedinference.interceptor.internal.key.KeyPropertyCases.showRows;
import static io.cachedinference.interceptor.internal.key.KeyPropertyCases.text;
import static io.cachedinference.interceptor.internal.key.KeyPropertyCases.uniqueNames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.KeyDigest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exact content key's invariants, for both digests, over generated values.
 *
 * <p>Each property runs over {@value #CASES} cases from the fixed {@link #SEED}, the digests taking
 * turns; see {@link KeyPropertyCases} for what the values favour. A failure names its case, as
 * {@code [index] description}, in the test name and the assertion message, and the same index
 * draws the same values on every run.
 */
final class ContentKeyPropertiesTest {

    private static final String NS = "properties/model/1";
    private static final long SEED = 0x6B65_7973_2D70_726FL;
    private static final int CASES = 400;

    private static InferenceKey key(KeyDigest digest, Object... arguments) {
        return new ContentKeyGenerator(digest, Keyers.none()).generate(NS, arguments);
    }

    static Stream<Arguments> tensors() {
        return cases(SEED, CASES, (i, r) -> {
            KeyDigest digest = digest(i);
            float[] tensor = floats(r, 0, 255);
            return argumentSet(digest.configName() + ", " + show(tensor), tensor, digest);
        });
    }

    @ParameterizedTest
    @MethodSource("tensors")
    void equalFloatContent_givesEqualKeys(float[] tensor, KeyDigest digest, TestInfo test) {
        assertThat(key(digest, tensor.clone())).as(test.getDisplayName()).isEqualTo(key(digest, tensor));
    }

    static Stream<Arguments> texts() {
        return cases(SEED, CASES, (i, r) -> {
            KeyDigest digest = digest(i);
            String text = text(r, 0, 255);
            return argumentSet(digest.configName() + ", " + show(text), text, digest);
        });
    }

    @ParameterizedTest
    @MethodSource("texts")
    void equalText_givesEqualKeys_whateverTheCharSequence(String text, KeyDigest digest, TestInfo test) {
        assertThat(key(digest, new StringBuilder(text))).as(test.getDisplayName()).isEqualTo(key(digest, text));
    }

    static Stream<Arguments> nestedRows() {
        return cases(SEED, CASES, (i, r) -> {
            KeyDigest digest = digest(i);
            List<List<Double>> rows = rows(r, 255, 8);
            return argumentSet(digest.configName() + ", " + showRows(rows), rows, digest);
        });
    }

    @ParameterizedTest
    @MethodSource("nestedRows")
    void equalNestedContent_givesEqualKeys(List<List<Double>> rows, KeyDigest digest, TestInfo test) {
        List<List<Double>> copy = new ArrayList<>();
        rows.forEach(r -> copy.add(new ArrayList<>(r)));

        assertThat(key(digest, copy)).as(test.getDisplayName()).isEqualTo(key(digest, rows));
    }

    static Stream<Arguments> bitFlips() {
        return cases(SEED, CASES, (i, r) -> {
            KeyDigest digest = digest(i);
            float[] tensor = floats(r, 1, 4096);
            int index = index(r, tensor.length);
            int bit = r.nextInt(32);
            return argumentSet(digest.configName() + ", " + show(tensor) + ", bit " + bit + " of [" + index + "] "
                    + show(tensor[index]), tensor, index, bit, digest);
        });
    }

    @ParameterizedTest
    @MethodSource("bitFlips")
    void oneFlippedBitOfOneFloat_givesADifferentKey(float[] tensor, int index, int bit, KeyDigest digest,
            TestInfo test) {
        float[] flipped = tensor.clone();
        flipped[index] = Float.intBitsToFloat(Float.floatToRawIntBits(flipped[index]) ^ (1 << bit));

        assertThat(key(digest, flipped)).as(test.getDisplayName()).isNotEqualTo(key(digest, tensor));
    }

    static Stream<Arguments> changedElements() {
        return cases(SEED, CASES, (i, r) -> {
            KeyDigest digest = digest(i);
            long[] values = longs(r, 1, 512);
            int index = index(r, values.length);
            long delta = anyLong(r);
            return argumentSet(digest.configName() + ", " + show(values) + ", [" + index + "] += " + delta,
                    values, index, delta, digest);
        });
    }

    @ParameterizedTest
    @MethodSource("changedElements")
    void oneChangedElement_givesADifferentKey(long[] values, int index, long delta, KeyDigest digest, TestInfo test) {
        long[] changed = values.clone();
        changed[index] += delta == 0 ? 1 : delta;

        assertThat(key(digest, changed)).as(test.getDisplayName()).isNotEqualTo(key(digest, values));
    }

    static Stream<Arguments> changedChars() {
        return cases(SEED, CASES, (i, r) -> {
            KeyDigest digest = digest(i);
            String text = text(r, 1, 255);
            int index = index(r, text.length());
            return argumentSet(digest.configName() + ", " + show(text) + ", char [" + index + "] + 1",
                    text, index, digest);
        });
    }

    @ParameterizedTest
    @MethodSource("changedChars")
    void oneChangedChar_givesADifferentKey(String text, int index, KeyDigest digest, TestInfo test) {
        char[] chars = text.toCharArray();
        chars[index] = (char) (chars[index] + 1);

        assertThat(key(digest, new String(chars))).as(test.getDisplayName()).isNotEqualTo(key(digest, text));
    }

    static Stream<Arguments> maps() {
        return cases(SEED, CASES, (i, r) -> {
            KeyDigest digest = digest(i);
            List<String> names = uniqueNames(r, 20);
            long seed = r.nextLong();
            return argumentSet(digest.configName() + ", " + showNames(names) + ", shuffled by " + seed,
                    names, seed, digest);
        });
    }

    @ParameterizedTest
    @MethodSource("maps")
    void mapInsertionOrderAndType_neverMatter(List<String> names, long seed, KeyDigest digest, TestInfo test) {
        Map<String, Object> forward = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            forward.put(names.get(i), i % 3 == 0 ? (Object) (i * 0.5) : List.of(names.get(i), i));
        }
        List<String> shuffled = new ArrayList<>(names);
        Collections.shuffle(shuffled, new Random(seed));
        Map<String, Object> reordered = new LinkedHashMap<>();
        shuffled.forEach(n -> reordered.put(n, forward.get(n)));

        InferenceKey expected = key(digest, forward);
        assertThat(key(digest, reordered)).as(test.getDisplayName()).isEqualTo(expected);
        assertThat(key(digest, new HashMap<>(forward))).as(test.getDisplayName()).isEqualTo(expected);
        assertThat(key(digest, new TreeMap<>(forward))).as(test.getDisplayName()).isEqualTo(expected);
    }

    static Stream<Arguments> tensorsAndTexts() {
        return cases(SEED, CASES, (i, r) -> {
            KeyDigest digest = digest(i);
            float[] tensor = floats(r, 0, 255);
            String text = text(r, 0, 255);
            return argumentSet(digest.configName() + ", " + show(tensor) + ", " + show(text), tensor, text, digest);
        });
    }

    @ParameterizedTest
    @MethodSource("tensorsAndTexts")
    void keys_surviveSerialization(float[] tensor, String text, KeyDigest digest, TestInfo test)
            throws IOException, ClassNotFoundException {
        InferenceKey key = key(digest, tensor, text);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(key);
        }
        Object back;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            back = in.readObject();
        }

        assertThat(back).as(test.getDisplayName()).isEqualTo(key).hasSameHashCodeAs(key).hasToString(key.toString());
    }
}
