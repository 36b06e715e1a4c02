package io.cachedinference.interceptor.internal.compression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class ValueCodecTest {

    static Stream<Arguments> arrays() {
        int n = 4096;
        float[] f = new float[n];
        double[] d = new double[n];
        int[] i = new int[n];
        long[] l = new long[n];
        short[] s = new short[n];
        byte[] b = new byte[n];
        for (int k = 0; k < n; k += 7) {
            f[k] = k * 0.5f;
            d[k] = -k;
            i[k] = k;
            l[k] = (long) k << 33;
            s[k] = (short) k;
            b[k] = (byte) k;
        }
        return Stream.of("lz4", "zstd").flatMap(a -> Stream.of(f, d, i, l, s, b).map(v -> Arguments.of(a, v)));
    }

    @ParameterizedTest
    @MethodSource("arrays")
    void everyPrimitiveArrayKind_roundTripsExactly(String algorithm, Object array) {
        ValueCodec codec = ValueCodec.of(algorithm, 0);

        Object stored = codec.encode(array);
        Object back = codec.decode(stored);

        assertThat(stored).isInstanceOf(CompressedValue.class);
        assertThat(back).isNotSameAs(array).isEqualTo(array);
        assertThat(codec.bytesSaved()).isPositive();
    }

    @Test
    void incompressibleData_isStoredAsItIs() {
        byte[] noise = new byte[8192];
        new java.util.Random(1).nextBytes(noise);
        ValueCodec codec = ValueCodec.of("lz4", 0);

        assertThat(codec.encode(noise)).isSameAs(noise);
        assertThat(codec.bytesSaved()).isZero();
    }

    @Test
    void valuesOtherThanPrimitiveArrays_areStoredAsTheyAre() {
        ValueCodec codec = ValueCodec.of("zstd", 0);

        assertThat(codec.encode("text")).isEqualTo("text");
        assertThat(codec.decode("text")).isEqualTo("text");
    }

    @Test
    void unknownAlgorithm_isRejectedNamingTheChoices() {
        assertThatThrownBy(() -> ValueCodec.of("snappy", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'snappy'").hasMessageContaining("none, lz4 or zstd");
    }
}
