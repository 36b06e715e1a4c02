package io.cachedinference.interceptor.internal.compression;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** The primitive array types that can be stored compressed, with their conversion to and from bytes. */
enum ArrayKind {
    FLOAT(Float.BYTES) {
        @Override
        void write(Object a, ByteBuffer b) {
            b.asFloatBuffer().put((float[]) a);
        }

        @Override
        Object read(ByteBuffer b, int length) {
            float[] a = new float[length];
            b.asFloatBuffer().get(a);
            return a;
        }
    },
    DOUBLE(Double.BYTES) {
        @Override
        void write(Object a, ByteBuffer b) {
            b.asDoubleBuffer().put((double[]) a);
        }

        @Override
        Object read(ByteBuffer b, int length) {
            double[] a = new double[length];
            b.asDoubleBuffer().get(a);
            return a;
        }
    },
    INT(Integer.BYTES) {
        @Override
        void write(Object a, ByteBuffer b) {
            b.asIntBuffer().put((int[]) a);
        }

        @Override
        Object read(ByteBuffer b, int length) {
            int[] a = new int[length];
            b.asIntBuffer().get(a);
            return a;
        }
    },
    LONG(Long.BYTES) {
        @Override
        void write(Object a, ByteBuffer b) {
            b.asLongBuffer().put((long[]) a);
        }

        @Override
        Object read(ByteBuffer b, int length) {
            long[] a = new long[length];
            b.asLongBuffer().get(a);
            return a;
        }
    },
    SHORT(Short.BYTES) {
        @Override
        void write(Object a, ByteBuffer b) {
            b.asShortBuffer().put((short[]) a);
        }

        @Override
        Object read(ByteBuffer b, int length) {
            short[] a = new short[length];
            b.asShortBuffer().get(a);
            return a;
        }
    },
    BYTE(Byte.BYTES) {
        @Override
        void write(Object a, ByteBuffer b) {
            b.put((byte[]) a);
        }

        @Override
        Object read(ByteBuffer b, int length) {
            byte[] a = new byte[length];
            b.get(a);
            return a;
        }
    };

    private final int width;

    ArrayKind(int width) {
        this.width = width;
    }

    abstract void write(Object array, ByteBuffer target);

    abstract Object read(ByteBuffer source, int length);

    /** The kind of a value, or {@code null} when it is not a compressible array. */
    static ArrayKind of(Object value) {
        if (value instanceof float[]) {
            return FLOAT;
        } else if (value instanceof double[]) {
            return DOUBLE;
        } else if (value instanceof int[]) {
            return INT;
        } else if (value instanceof long[]) {
            return LONG;
        } else if (value instanceof short[]) {
            return SHORT;
        } else if (value instanceof byte[]) {
            return BYTE;
        }
        return null;
    }

    byte[] toBytes(Object array, int length) {
        byte[] bytes = new byte[length * width];
        write(array, ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN));
        return bytes;
    }

    Object fromBytes(byte[] bytes, int length) {
        return read(ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN), length);
    }

    int width() {
        return width;
    }
}
