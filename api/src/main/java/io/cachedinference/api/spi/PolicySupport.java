package io.cachedinference.api.spi;

/** How faithfully a provider implements an eviction policy. */
public enum PolicySupport {
    /** The policy is implemented as specified. */
    EXACT,
    /** The policy is approximated (for example sampled LRU, or a frequency sketch for LFU). */
    APPROXIMATE,
    /** The provider cannot implement the policy; a cache that asks for it fails deployment. */
    UNSUPPORTED
}
