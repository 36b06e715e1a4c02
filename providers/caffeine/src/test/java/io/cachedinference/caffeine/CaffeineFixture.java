package io.cachedinference.caffeine;

import io.cachedinference.tck.ProviderFixture;

/**
 * Caffeine as the kit sees it: a strict entry bound, as the adapter runs maintenance on the
 * writing thread, so no slack is declared.
 */
final class CaffeineFixture implements ProviderFixture {

    @Override
    public String alias() {
        return "caffeine";
    }
}
