package io.cachedinference.interceptor.internal.key;

import static org.assertj.core.api.Assertions.assertThat;

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
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.UniqueElements;

/** The exact content key's invariants, for both digests, over generated values. */
final class ContentKeyPropertiesTest {

    private static final String NS = "properties/model/1";

    private static InferenceKey key(KeyDigest digest, Object... arguments) {
        return new ContentKeyGenerator(digest, Keyers.none()).generate(NS, arguments);
    }

    @Property
    void equalFloatContent_givesEqualKeys(@ForAll float[] tensor, @ForAll KeyDigest digest) {
        assertThat(key(digest, tensor.clone())).isEqualTo(key(digest, tensor));
    }

    @Property
    void equalText_givesEqualKeys_whateverTheCharSequence(@ForAll String text, @ForAll KeyDigest digest) {
        assertThat(key(digest, new StringBuilder(text))).isEqualTo(key(digest, text));
    }

    @Property
    void equalNestedContent_givesEqualKeys(@ForAll List<@Size(max = 8) List<Double>> rows, @ForAll KeyDigest digest) {
        List<List<Double>> copy = new ArrayList<>();
        rows.forEach(r -> copy.add(new ArrayList<>(r)));

        assertThat(key(digest, copy)).isEqualTo(key(digest, rows));
    }

    @Property
    void oneFlippedBitOfOneFloat_givesADifferentKey(@ForAll @Size(min = 1, max = 4096) float[] tensor,
            @ForAll @IntRange(min = 0, max = 1 << 20) int index, @ForAll @IntRange(min = 0, max = 31) int bit,
            @ForAll KeyDigest digest) {
        float[] flipped = tensor.clone();
        int i = index % tensor.length;
        flipped[i] = Float.intBitsToFloat(Float.floatToRawIntBits(flipped[i]) ^ (1 << bit));

        assertThat(key(digest, flipped)).isNotEqualTo(key(digest, tensor));
    }

    @Property
    void oneChangedElement_givesADifferentKey(@ForAll @Size(min = 1, max = 512) long[] values,
            @ForAll @IntRange(min = 0, max = 1 << 20) int index, @ForAll long delta, @ForAll KeyDigest digest) {
        long[] changed = values.clone();
        changed[index % values.length] += delta == 0 ? 1 : delta;

        assertThat(key(digest, changed)).isNotEqualTo(key(digest, values));
    }

    @Property
    void oneChangedChar_givesADifferentKey(@ForAll @StringLength(min = 1) String text,
            @ForAll @IntRange(min = 0, max = 1 << 20) int index, @ForAll KeyDigest digest) {
        char[] chars = text.toCharArray();
        int i = index % chars.length;
        chars[i] = (char) (chars[i] + 1);

        assertThat(key(digest, new String(chars))).isNotEqualTo(key(digest, text));
    }

    @Property
    void mapInsertionOrderAndType_neverMatter(@ForAll @UniqueElements @Size(max = 20) List<String> names,
            @ForAll long seed, @ForAll KeyDigest digest) {
        Map<String, Object> forward = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            forward.put(names.get(i), i % 3 == 0 ? (Object) (i * 0.5) : List.of(names.get(i), i));
        }
        List<String> shuffled = new ArrayList<>(names);
        Collections.shuffle(shuffled, new Random(seed));
        Map<String, Object> reordered = new LinkedHashMap<>();
        shuffled.forEach(n -> reordered.put(n, forward.get(n)));

        InferenceKey expected = key(digest, forward);
        assertThat(key(digest, reordered)).isEqualTo(expected);
        assertThat(key(digest, new HashMap<>(forward))).isEqualTo(expected);
        assertThat(key(digest, new TreeMap<>(forward))).isEqualTo(expected);
    }

    @Property
    void keys_surviveSerialization(@ForAll float[] tensor, @ForAll String text, @ForAll KeyDigest digest)
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

        assertThat(back).isEqualTo(key).hasSameHashCodeAs(key).hasToString(key.toString());
    }
}
