package io.cachedinference.api;

/**
 * Sizes results of one type for caches bounded by bytes ({@code cached-inference.cache.<name>.max-bytes}).
 * The sizes of primitive arrays, {@code ByteBuffer}s, strings, and records and lists of those are
 * computed without one; register a sizer through {@link java.util.ServiceLoader} (under this
 * interface's name) for other result types.
 *
 * @param <T> the result type
 */
public interface ResultSizer<T> {

    /** The type this sizer sizes, subtypes included. */
    Class<T> type();

    /** The value's approximate size on the heap, in bytes. */
    long sizeOf(T value);
}
