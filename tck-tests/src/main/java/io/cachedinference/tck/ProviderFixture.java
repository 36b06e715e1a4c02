package io.cachedinference.tck;

import io.cachedinference.api.EvictionPolicy;
import io.cachedinference.api.spi.CacheProviderAdapter;
import io.cachedinference.api.spi.Capabilities;
import io.cachedinference.api.spi.JCacheAdapter;
import io.cachedinference.api.spi.Support;
import java.util.Map;
import java.util.ServiceLoader;
import javax.cache.Caching;

/**
 * What a provider module tells the kit about itself, in one short class handed to {@link ProviderKit}.
 * Capabilities come from the provider's own {@link CacheProviderAdapter}, so the kit skips only what the
 * provider declares it cannot do.
 */
public interface ProviderFixture {

    /**
     * What {@code cached-inference.provider} is set to: the alias of a registered adapter, or the class name
     * of a {@code CachingProvider} that the generic adapter drives.
     */
    String alias();

    /** Extra configuration the provider needs in tests, applied as system properties. */
    default Map<String, String> properties() {
        return Map.of();
    }

    /**
     * The adapter under test: the one registered under {@link #alias()}, else the generic
     * {@link JCacheAdapter} over the {@code CachingProvider} class of that name.
     */
    default CacheProviderAdapter adapter() {
        for (CacheProviderAdapter a : ServiceLoader.load(CacheProviderAdapter.class)) {
            if (a.alias().equals(alias())) {
                return a;
            }
        }
        return new JCacheAdapter(Caching.getCachingProvider(alias()));
    }

    /** What the provider declares it can do. */
    default Capabilities capabilities() {
        return adapter().capabilities();
    }

    /** Whether a cache may ask for the eviction policy at all. */
    default boolean supports(EvictionPolicy policy) {
        return capabilities().eviction(policy).available();
    }

    /**
     * Whether the provider keeps the policy or bound as the cache's settings state it (exactly or
     * approximately), so the kit can measure it; not when it is unsupported or left to the provider's own
     * configuration.
     */
    static boolean statedBySettings(Support support) {
        return support == Support.EXACT || support == Support.APPROXIMATE;
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
}
