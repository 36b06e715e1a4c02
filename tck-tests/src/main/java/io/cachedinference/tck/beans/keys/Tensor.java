package io.cachedinference.tck.beans.keys;

import java.util.Arrays;

/**
 * An application tensor the built-in key cannot key by itself: a shape and a window of a larger
 * buffer, plus a device handle that is no part of its value. {@link TensorKeyer} keys it.
 */
public final class Tensor {

    private final int[] shape;
    private final float[] buffer;
    private final int offset;
    private final Object device = new Object();

    public Tensor(int[] shape, float[] buffer, int offset) {
        this.shape = shape.clone();
        this.buffer = buffer;
        this.offset = offset;
    }

    /** A one-dimensional tensor of the values. */
    public static Tensor of(float... values) {
        return new Tensor(new int[] {values.length}, values.clone(), 0);
    }

    public int[] shape() {
        return shape.clone();
    }

    public int size() {
        return Arrays.stream(shape).reduce(1, (a, b) -> a * b);
    }

    public float[] buffer() {
        return buffer;
    }

    public int offset() {
        return offset;
    }

    /** The tensor's values, copied out of its buffer. */
    public float[] values() {
        return Arrays.copyOfRange(buffer, offset, offset + size());
    }

    @Override
    public String toString() {
        return Arrays.toString(shape) + Arrays.toString(values()) + "@" + System.identityHashCode(device);
    }
}
