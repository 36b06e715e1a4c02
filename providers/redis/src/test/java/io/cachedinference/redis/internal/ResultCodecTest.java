package io.cachedinference.redis.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.cachedinference.api.InferenceKey;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import java.io.InvalidClassException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Keys as stable bytes; values read back only as the planned result types and what they are made of. */
final class ResultCodecTest {

    /** A planned result: a record holding a list of another planned-by-reach type and a map. */
    record Ranking(String query, List<Score> scores, Map<String, Integer> counts, float[] logits) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    record Score(String label, double value) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** A serializable class no method returns: its bytes must never make an instance. */
    static final class Foreign implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private final ResultTypeFilter filter = new ResultTypeFilter();
    private final ResultCodec codec = new ResultCodec(ResultCodecTest.class.getClassLoader(), filter);

    @Test
    void plannedResult_withNestedListsMapsAndArrays_roundTrips() throws Exception {
        filter.allow(Set.of(Ranking.class));
        Ranking ranking = new Ranking("shoes", new ArrayList<>(List.of(new Score("a", 0.5))), Map.of("a", 1),
                new float[] {1, 2});

        Ranking back = (Ranking) roundTrip(ranking);

        assertThat(back.query()).isEqualTo("shoes");
        assertThat(back.scores()).containsExactly(new Score("a", 0.5));
        assertThat(back.counts()).containsEntry("a", 1);
        assertThat(back.logits()).containsExactly(1, 2);
    }

    @Test
    void primitiveArraysStringsAndBoxedValues_areAlwaysReadable() throws Exception {
        filter.allow(Set.of(float[].class));

        assertThat((float[]) roundTrip(new float[] {-1, 3})).containsExactly(-1, 3);
        assertThat(roundTrip("label")).isEqualTo("label");
        assertThat(roundTrip(42)).isEqualTo(42);
    }

    @Test
    void valueOfAClassNoMethodReturns_isRejected() throws Exception {
        filter.allow(Set.of(Ranking.class));
        Throwable failure = decodeFailure(new Foreign());

        assertThat(failure).isInstanceOf(InvalidClassException.class).hasMessageContaining("REJECTED");
    }

    @Test
    void planningTheClassOfAField_butNotTheResult_stillRejectsTheForeignClassInAList() throws Exception {
        filter.allow(Set.of(Ranking.class));
        Throwable failure = decodeFailure(new ArrayList<>(List.of(new Foreign())));

        assertThat(failure).isInstanceOf(InvalidClassException.class).hasMessageContaining("REJECTED");
    }

    @Test
    void jdkClassesOutsideValuesAndCollections_areRejected() throws Exception {
        filter.allow(Set.of(String.class));
        Throwable failure = decodeFailure(new java.util.Date(0));

        assertThat(failure).isInstanceOf(InvalidClassException.class).hasMessageContaining("REJECTED");
    }

    @Test
    void subclassOfAPlannedApplicationType_isReadable() throws Exception {
        filter.allow(Set.of(Base.class));

        assertThat(roundTrip(new Derived())).isInstanceOf(Derived.class);
    }

    @Test
    void equalKeys_giveEqualBytes_andDecodeToAnEqualKey() throws Exception {
        InferenceKey key = new InferenceKey("ns:model@1", new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
        InferenceKey equal = new InferenceKey("ns:model@1", new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});

        ByteBuf a = codec.getMapKeyEncoder().encode(key);
        ByteBuf b = codec.getMapKeyEncoder().encode(equal);

        try {
            assertThat(ByteBufUtil.getBytes(a)).isEqualTo(ByteBufUtil.getBytes(b));
            assertThat(codec.getMapKeyDecoder().decode(a, null)).isEqualTo(key);
        } finally {
            a.release();
            b.release();
        }
    }

    static class Base implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    static final class Derived extends Base {
        private static final long serialVersionUID = 1L;
    }

    /** Why decoding the encoded value fails; the buffer is released, so Netty's leak detector stays quiet. */
    private Throwable decodeFailure(Object value) throws Exception {
        ByteBuf bytes = codec.getMapValueEncoder().encode(value);
        try {
            return catchThrowable(() -> codec.getMapValueDecoder().decode(bytes, null));
        } finally {
            bytes.release();
        }
    }

    private Object roundTrip(Object value) throws Exception {
        ByteBuf bytes = codec.getMapValueEncoder().encode(value);
        try {
            return codec.getMapValueDecoder().decode(bytes, null);
        } finally {
            bytes.release();
        }
    }
}
