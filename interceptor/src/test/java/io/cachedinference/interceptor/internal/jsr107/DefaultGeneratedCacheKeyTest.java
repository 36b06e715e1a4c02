package io.cachedinference.interceptor.internal.jsr107;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

/** The default key's value contract: equal for equal values in order, arrays by content, a copy of its array. */
final class DefaultGeneratedCacheKeyTest {

    @Test
    void keys_of_equal_values_in_the_same_order_are_equal_with_equal_hashes() {
        DefaultGeneratedCacheKey a = new DefaultGeneratedCacheKey(new Object[] {"a", 1, null});
        DefaultGeneratedCacheKey b = new DefaultGeneratedCacheKey(new Object[] {"a", 1, null});

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(new DefaultGeneratedCacheKey(new Object[] {1, "a", null}));
        assertThat(a).isNotEqualTo(new DefaultGeneratedCacheKey(new Object[] {"a", 1}));
    }

    @Test
    void array_values_compare_by_content() {
        assertThat(new DefaultGeneratedCacheKey(new Object[] {new float[] {1f, 2f}}))
                .isEqualTo(new DefaultGeneratedCacheKey(new Object[] {new float[] {1f, 2f}}))
                .isNotEqualTo(new DefaultGeneratedCacheKey(new Object[] {new float[] {2f, 1f}}));
    }

    @Test
    void the_key_keeps_its_own_copy_of_the_values_array() {
        Object[] values = {"a"};
        DefaultGeneratedCacheKey key = new DefaultGeneratedCacheKey(values);
        values[0] = "b";

        assertThat(key).isEqualTo(new DefaultGeneratedCacheKey(new Object[] {"a"}));
    }

    @Test
    void a_key_survives_serialization_as_an_equal_key() throws Exception {
        DefaultGeneratedCacheKey key = new DefaultGeneratedCacheKey(new Object[] {"a", new int[] {1, 2}});
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(key);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(key).hasSameHashCodeAs(key);
        }
    }

    @Test
    void to_string_shows_the_values() {
        assertThat(new DefaultGeneratedCacheKey(new Object[] {"a", new int[] {1}})).hasToString(
                "DefaultGeneratedCacheKey[a, [1]]");
    }
}
