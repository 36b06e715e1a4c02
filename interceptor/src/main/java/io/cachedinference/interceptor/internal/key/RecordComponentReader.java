package io.cachedinference.interceptor.internal.key;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

/** Reads a record's components through accessor handles built once per record class. */
final class RecordComponentReader {

    private static final ClassValue<RecordComponentReader> READERS = new ClassValue<>() {
        @Override
        protected RecordComponentReader computeValue(Class<?> type) {
            return new RecordComponentReader(type);
        }
    };

    private final RecordComponent[] components;
    private final MethodHandle[] accessors;

    private RecordComponentReader(Class<?> type) {
        components = type.getRecordComponents();
        accessors = new MethodHandle[components.length];
        for (int i = 0; i < components.length; i++) {
            Method accessor = components[i].getAccessor();
            try {
                accessor.setAccessible(true);
                accessors[i] = MethodHandles.lookup().unreflect(accessor);
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalArgumentException("Cannot read component " + components[i].getName()
                        + " of record " + type.getName() + " to key it; make the record accessible", e);
            }
        }
    }

    static RecordComponentReader of(Class<?> type) {
        return READERS.get(type);
    }

    RecordComponent[] components() {
        return components;
    }

    Object read(Record r, int index) {
        try {
            return accessors[index].invoke(r);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("Reading component " + components[index].getName() + " of "
                    + r.getClass().getName() + " failed", t);
        }
    }
}
