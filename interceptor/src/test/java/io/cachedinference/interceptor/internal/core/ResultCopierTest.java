package io.cachedinference.interceptor.internal.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Serializable;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ResultCopierTest {

    private record Prediction(String label, float score) {
    }

    @Test
    void floatArray_isCopiedToANewArrayWithTheSameContent() {
        float[] embedding = {0.1f, -0.2f, 0.3f};

        Object copy = ResultCopier.ARRAYS.copy(embedding);

        assertThat(copy).isNotSameAs(embedding).isInstanceOf(float[].class);
        assertThat((float[]) copy).containsExactly(0.1f, -0.2f, 0.3f);
        embedding[0] = 9f;
        assertThat(((float[]) copy)[0]).isEqualTo(0.1f);
    }

    @Test
    void otherPrimitiveArrays_areCopied() {
        int[] ids = {3, 1, 2};

        Object copy = ResultCopier.ARRAYS.copy(ids);

        assertThat(copy).isNotSameAs(ids);
        assertThat((int[]) copy).containsExactly(3, 1, 2);
    }

    @Test
    void nestedFloatArrays_areCopiedDeeply() {
        float[][] logits = {{1f, 2f}, {3f}};

        float[][] copy = (float[][]) ResultCopier.ARRAYS.copy(logits);

        assertThat(copy).isNotSameAs(logits);
        assertThat(copy[0]).isNotSameAs(logits[0]).containsExactly(1f, 2f);
        assertThat(copy[1]).isNotSameAs(logits[1]).containsExactly(3f);
        logits[0][0] = 42f;
        assertThat(copy[0][0]).isEqualTo(1f);
    }

    @Test
    void stringResult_isNotCopied() {
        String label = new String("phone case");

        assertThat(ResultCopier.ARRAYS.copy(label)).isSameAs(label);
        assertThat(ResultCopier.NONE.copy(label)).isSameAs(label);
    }

    @Test
    void nullResult_staysNull() {
        assertThat(ResultCopier.ARRAYS.copy(null)).isNull();
    }

    @Test
    void arrayAndOpenReturnTypes_getTheArrayCopier() {
        assertThat(ResultCopier.forReturnType(float[].class)).isEqualTo(ResultCopier.ARRAYS);
        assertThat(ResultCopier.forReturnType(float[][].class)).isEqualTo(ResultCopier.ARRAYS);
        assertThat(ResultCopier.forReturnType(Object.class)).isEqualTo(ResultCopier.ARRAYS);
        assertThat(ResultCopier.forReturnType(Serializable.class)).isEqualTo(ResultCopier.ARRAYS);
    }

    @Test
    void stringAndRecordReturnTypes_getNoCopier() {
        assertThat(ResultCopier.forReturnType(String.class)).isEqualTo(ResultCopier.NONE);
        assertThat(ResultCopier.forReturnType(Prediction.class)).isEqualTo(ResultCopier.NONE);
        assertThat(ResultCopier.forReturnType(List.class)).isEqualTo(ResultCopier.NONE);
    }
}
