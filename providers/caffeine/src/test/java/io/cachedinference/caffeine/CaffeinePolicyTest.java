package io.cachedinference.caffeine;

import io.cachedinference.tck.PolicySuite;
import io.cachedinference.tck.ProviderFixture;

final class CaffeinePolicyTest extends PolicySuite {

    @Override
    protected ProviderFixture fixture() {
        return new CaffeineFixture();
    }
}
