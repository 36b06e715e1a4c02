package io.cachedinference.tck;

import io.cachedinference.api.EvictionPolicy;
import io.cachedinference.api.spi.CacheProviderAdapter;
import io.cachedinference.api.spi.PolicySupport;
import java.util.ServiceLoader;

/** Reads what the provider under test declares, so suites skip by declared capability only. */
public final class Capabilities {

    private Capabilities() {
    }

    /** The adapter registered under the fixture's alias; fails when there is none. */
    public static CacheProviderAdapter adapter(ProviderFixture fixture) {
        for (CacheProviderAdapter a : ServiceLoader.load(CacheProviderAdapter.class)) {
            if (a.alias().equals(fixture.alias())) {
                return a;
            }
        }
        throw new AssertionError("No CacheProviderAdapter with alias '" + fixture.alias()
                + "' is registered in META-INF/services/" + CacheProviderAdapter.class.getName());
    }

    /** Whether the provider implements the policy at all. */
    public static boolean supports(ProviderFixture fixture, EvictionPolicy policy) {
        return adapter(fixture).support(policy) != PolicySupport.UNSUPPORTED;
    }
}
