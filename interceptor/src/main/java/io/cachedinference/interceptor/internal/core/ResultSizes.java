package io.cachedinference.interceptor.internal.core;

import io.cachedinference.api.ResultSizer;
import io.cachedinference.api.spi.ValueWeigher;
import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Approximate heap sizes of results, for byte-bounded caches: primitive arrays, buffers, strings,
 * boxed values, and records, collections and maps of those are computed (a 16-byte object header,
 * 8-byte references, Latin-1 or UTF-16 strings); other types through {@link ResultSizer}s found by
 * {@link ServiceLoader}, else counted as one small object.
 */
public final class ResultSizes implements ValueWeigher {

    private static final long HEADER = 16;
    private static final long REFERENCE = 8;
    private static final long UNKNOWN = 64;

    private final List<ResultSizer<?>> sizers;

    private ResultSizes(List<ResultSizer<?>> sizers) {
        this.sizers = List.copyOf(sizers);
    }

    /** The sizes with the sizers registered for the class loader. */
    public static ResultSizes discover(ClassLoader classLoader) {
        List<ResultSizer<?>> found = new ArrayList<>();
        for (ResultSizer<?> sizer : ServiceLoader.load(ResultSizer.class, classLoader)) {
            found.add(sizer);
        }
        return new ResultSizes(found);
    }

    @Override
    public long weigh(Object value) {
        if (value == null) {
            return 0;
        }
        Class<?> type = value.getClass();
        if (type.isArray()) {
            return array(value, type.getComponentType());
        }
        if (value instanceof String) {
            String s = (String) value;
            boolean latin1 = s.chars().allMatch(c -> c < 256);
            return 24 + HEADER + (long) s.length() * (latin1 ? 1 : 2);
        }
        if (value instanceof ByteBuffer) {
            ByteBuffer b = (ByteBuffer) value;
            return 48 + (b.isDirect() ? 0 : b.capacity());
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof Character || value instanceof Enum) {
            return HEADER + 8;
        }
        if (value instanceof Record) {
            long total = HEADER;
            for (RecordComponent c : type.getRecordComponents()) {
                total += c.getType().isPrimitive() ? 8 : REFERENCE + weigh(read(c, value));
            }
            return total;
        }
        if (value instanceof Collection) {
            long total = 2 * HEADER;
            for (Object e : (Collection<?>) value) {
                total += REFERENCE + weigh(e);
            }
            return total;
        }
        if (value instanceof Map) {
            long total = 2 * HEADER;
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                total += HEADER + 2 * REFERENCE + weigh(e.getKey()) + weigh(e.getValue());
            }
            return total;
        }
        return custom(value);
    }

    private long array(Object array, Class<?> component) {
        int length = Array.getLength(array);
        if (component.isPrimitive()) {
            int width = component == long.class || component == double.class ? 8
                    : component == int.class || component == float.class ? 4
                    : component == short.class || component == char.class ? 2 : 1;
            return HEADER + (long) length * width;
        }
        long total = HEADER + (long) length * REFERENCE;
        for (int i = 0; i < length; i++) {
            total += weigh(Array.get(array, i));
        }
        return total;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private long custom(Object value) {
        for (ResultSizer sizer : sizers) {
            if (sizer.type().isInstance(value)) {
                return Math.max(0, sizer.sizeOf(value));
            }
        }
        return UNKNOWN;
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            java.lang.reflect.Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
