package io.cachedinference.tck;

import java.util.Map;

/**
 * What a provider module tells the kit about itself. Implement it in one short class and extend
 * each suite with it; capabilities come from the provider's own
 * {@link io.cachedinference.api.spi.CacheProviderAdapter}, so the kit skips only what the provider
 * declares it cannot do.
 */
public interface ProviderFixture {

    /** The alias selected with {@code cached-inference.provider}. */
    String alias();

    /** Extra configuration the provider needs in tests, applied as system properties. */
    default Map<String, String> properties() {
        return Map.of();
    }

    /**
     * How many entries above {@code maxEntries} the provider may briefly hold, as its documentation
     * states (for example while eviction catches up); 0 for a strict bound.
     */
    default long sizeBoundSlack() {
        return 0;
    }

    /**
     * How many bytes of values above {@code maxBytes} the provider may briefly hold, as its
     * documentation states; 0 for a strict bound.
     */
    default long byteBoundSlack() {
        return 0;
    }

    /** Whether the provider's JCache statistics MXBean counts evictions. */
    default boolean publishesEvictions() {
        return true;
    }
}
