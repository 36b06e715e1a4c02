package io.cachedinference.api.spi;

/** How a provider keeps values. */
public enum Storage {
    /** The stored instance itself: a hit never serializes. */
    BY_REFERENCE,
    /**
     * Serialized (store by value, or shared across processes): every hit deserializes, and methods whose
     * result type is not {@link java.io.Serializable} fail deployment.
     */
    BY_VALUE
}
