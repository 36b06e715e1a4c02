package io.cachedinference.api.spi;

/** Sizes a cached value in bytes, for caches bounded by bytes. Thread-safe. */
@FunctionalInterface
public interface ValueWeigher {

    /** The value's approximate size on the heap, in bytes; never negative. */
    long weigh(Object value);
}
