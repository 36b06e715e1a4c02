package io.cachedinference.interceptor.internal.key;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class KeyabilityTest {

    private enum Mode {
        FAST
    }

    private record Point(float x, float y) {
    }

    private record Query(String text, Point at, List<String> tags, Map<String, float[]> features) {
    }

    private static final class Plain {
    }

    private record WithThread(String name, Thread worker) {
    }

    private record Outer(WithThread inner) {
    }

    /** Each field's generic type is a declared parameter type the content key can use. */
    @SuppressWarnings("unused")
    private static final class Accepted {
        int primitiveInt;
        float primitiveFloat;
        boolean primitiveBoolean;
        Integer boxedInteger;
        Double boxedDouble;
        Character boxedCharacter;
        String string;
        CharSequence charSequence;
        BigDecimal bigDecimal;
        UUID uuid;
        Mode anEnum;
        Point record;
        Query recordOfKeyables;
        List<String> listOfString;
        Set<Mode> setOfEnum;
        Map<String, float[]> mapOfStringToFloats;
        List<? extends Number> wildcardList;
        float[] floats;
        float[][] nestedFloats;
        Point[] recordArray;
        ByteBuffer byteBuffer;
        Object object;
        Number number;
    }

    /** Each field's generic type cannot be keyed; the value names the type the reason must mention. */
    @SuppressWarnings("unused")
    private static final class Rejected {
        Thread thread;
        Plain plainClass;
        WithThread recordWithAThreadComponent;
        Outer recordNestingARecordWithAThread;
        List<Thread> listOfThread;
        Map<String, Thread> mapToThread;
        Thread[] threadArray;
        Optional<String> optional;
    }

    static Stream<Arguments> accepted() {
        return fieldsOf(Accepted.class);
    }

    static Stream<Arguments> rejected() {
        return fieldsOf(Rejected.class);
    }

    private static Stream<Arguments> fieldsOf(Class<?> holder) {
        return Arrays.stream(holder.getDeclaredFields())
                .filter(f -> !f.isSynthetic())
                .map(f -> Arguments.of(f.getName(), f.getGenericType()));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("accepted")
    void valueAndOpenTypes_areAccepted(String name, Type type) {
        assertThat(Keyability.reasonUnkeyable(type)).isEmpty();
        assertThat(new ContentKeyGenerator().canKey(type)).isTrue();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("rejected")
    void typesWithoutValueSemantics_areRejected(String name, Type type) {
        assertThat(Keyability.reasonUnkeyable(type)).isPresent();
        assertThat(new ContentKeyGenerator().canKey(type)).isFalse();
    }

    @Test
    void thread_isRejectedNamingThread() {
        assertThat(reason("thread")).contains("java.lang.Thread").contains("no value semantics");
    }

    @Test
    void plainClass_isRejectedNamingTheClass() {
        assertThat(reason("plainClass")).contains(Plain.class.getName());
    }

    @Test
    void recordWithAThreadComponent_isRejectedNamingTheComponentAndThread() {
        assertThat(reason("recordWithAThreadComponent"))
                .contains(WithThread.class.getName() + ".worker")
                .contains("java.lang.Thread");
    }

    @Test
    void recordNestingAnUnkeyableRecord_isRejectedNamingThePathToThread() {
        assertThat(reason("recordNestingARecordWithAThread"))
                .contains(Outer.class.getName() + ".inner")
                .contains(WithThread.class.getName() + ".worker")
                .contains("java.lang.Thread");
    }

    @Test
    void listOfThread_isRejectedNamingThread() {
        assertThat(reason("listOfThread")).contains("java.lang.Thread");
    }

    @Test
    void optional_isRejectedNamingOptional() {
        assertThat(reason("optional")).contains("java.util.Optional");
    }

    private static String reason(String rejectedField) {
        try {
            Field field = Rejected.class.getDeclaredField(rejectedField);
            return Keyability.reasonUnkeyable(field.getGenericType()).orElseThrow();
        } catch (NoSuchFieldException e) {
            throw new AssertionError(e);
        }
    }
}
