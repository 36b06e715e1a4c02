package io.cachedinference.api.spi;

/** How faithfully a provider implements a policy or a bound. */
public enum Support {
    /** Implemented as specified. */
    EXACT,
    /** Approximated (for example sampled LRU, a frequency sketch for LFU, a bound kept per partition). */
    APPROXIMATE,
    /**
     * Not expressible through the adapter: the provider's own configuration decides. A cache the
     * provider's configuration defines is used as it is configured; any other cache fails deployment
     * unless {@code cached-inference.cache.<name>.bound=provider} accepts the provider's default.
     */
    PROVIDER_CONFIGURED,
    /** Not available; a cache that asks for it fails deployment. */
    UNSUPPORTED;

    /** Whether a cache may ask for it at all. */
    public boolean available() {
        return this != UNSUPPORTED;
    }
}
