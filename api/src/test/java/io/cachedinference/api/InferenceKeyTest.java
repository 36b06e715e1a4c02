package io.cachedinference.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

final class InferenceKeyTest {

    private static final String NS = "embeddings/bge-small/v1";

    private static byte[] digest() {
        return new byte[] {0x01, 0x23, 0x45, 0x67, (byte) 0x89, (byte) 0xab, (byte) 0xcd, (byte) 0xef,
            0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77};
    }

    @Test
    void equalNamespaceAndDigest_giveEqualKeysWithTheSameHashCode() {
        InferenceKey a = new InferenceKey(NS, digest());
        InferenceKey b = new InferenceKey(new String(NS), digest());

        assertThat(a).isEqualTo(b);
        assertThat(b).isEqualTo(a);
        assertThat(a).hasSameHashCodeAs(b);
    }

    @Test
    void oneDifferentDigestByte_givesUnequalKeys() {
        byte[] other = digest();
        other[15] ^= 1;

        assertThat(new InferenceKey(NS, digest())).isNotEqualTo(new InferenceKey(NS, other));
    }

    @Test
    void differentDigestByteBeyondTheHashedPrefix_givesUnequalKeysWithTheSameHashCode() {
        // the hash code is taken from the first four bytes; equality must still compare all of them
        byte[] other = digest();
        other[8] ^= (byte) 0x80;
        InferenceKey a = new InferenceKey(NS, digest());
        InferenceKey b = new InferenceKey(NS, other);

        assertThat(a).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void differentNamespace_givesUnequalKeys() {
        assertThat(new InferenceKey(NS, digest())).isNotEqualTo(new InferenceKey("embeddings/bge-small/v2", digest()));
    }

    @Test
    void keyIsNotEqualToNullOrAnotherType() {
        InferenceKey key = new InferenceKey(NS, digest());

        assertThat(key.equals(null)).isFalse();
        assertThat(key.equals(key.toString())).isFalse();
    }

    @Test
    void mutatingTheInputArray_doesNotChangeTheKey() {
        byte[] input = digest();
        InferenceKey key = new InferenceKey(NS, input);
        int hash = key.hashCode();

        input[0] ^= 1;
        input[15] ^= 1;

        assertThat(key.digest()).isEqualTo(digest());
        assertThat(key).isEqualTo(new InferenceKey(NS, digest()));
        assertThat(key.hashCode()).isEqualTo(hash);
    }

    @Test
    void mutatingTheDigestAccessorResult_doesNotChangeTheKey() {
        InferenceKey key = new InferenceKey(NS, digest());

        byte[] exposed = key.digest();
        exposed[3] ^= 1;

        assertThat(key.digest()).isEqualTo(digest());
        assertThat(key).isEqualTo(new InferenceKey(NS, digest()));
    }

    @Test
    void nullDigest_isRejectedWithTheNamespaceInTheMessage() {
        assertThatThrownBy(() -> new InferenceKey(NS, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("digest")
                .hasMessageContaining(NS);
    }

    @Test
    void digestShorterThanEightBytes_isRejectedWithTheLengthAndNamespaceInTheMessage() {
        assertThatThrownBy(() -> new InferenceKey(NS, new byte[7]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got 7")
                .hasMessageContaining(NS);
    }

    @Test
    void digestOfExactlyEightBytes_isAccepted() {
        assertThat(new InferenceKey(NS, new byte[8]).digest()).hasSize(8);
    }

    @Test
    void nullNamespace_isRejected() {
        assertThatThrownBy(() -> new InferenceKey(null, digest()))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("namespace");
    }

    @Test
    void javaSerializationRoundTrip_givesAnEqualKeyWithTheSameHashCode() throws Exception {
        InferenceKey key = new InferenceKey(NS, digest());

        InferenceKey copy = roundTrip(key);

        assertThat(copy).isNotSameAs(key);
        assertThat(copy).isEqualTo(key);
        assertThat(key).isEqualTo(copy);
        // the hash is transient: a copy that skipped recomputing it would report 0 here
        assertThat(copy.hashCode()).isEqualTo(key.hashCode()).isNotZero();
        assertThat(copy.namespace()).isEqualTo(NS);
        assertThat(copy.digest()).isEqualTo(digest());
    }

    @Test
    void toString_isNamespaceColonLowerCaseHex() {
        assertThat(new InferenceKey(NS, digest()))
                .hasToString("embeddings/bge-small/v1:0123456789abcdef0011223344556677");
    }

    private static InferenceKey roundTrip(InferenceKey key) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(key);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (InferenceKey) in.readObject();
        }
    }
}
