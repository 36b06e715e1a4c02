package io.cachedinference.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.cachedinference.api.spi.Capabilities;
import io.cachedinference.api.spi.Support;
import io.cachedinference.tck.beans.UndefinedCacheModel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Bounds and evictions that only the provider's own configuration can give (a provider driven through
 * the JSR-107 API alone): a cache it does not define fails deployment, saying how to fix it, unless
 * {@code bound=provider} accepts the provider's default; on a provider that states bounds itself, that
 * key is a mistake.
 */
public abstract class ProviderConfiguredSuite {

    private static final String BOUND = "cached-inference.cache." + UndefinedCacheModel.CACHE + ".bound";

    /** The provider under test. */
    protected abstract ProviderFixture fixture();

    @Test
    void cacheTheProviderDoesNotDefine_failsDeployment_sayingHowToDefineIt() {
        assumeThat(providerConfigured()).as("provider '%s' states bounds itself", fixture().alias()).isTrue();

        List<Throwable> problems = problems(Map.of(BOUND, "settings"));

        assertThat(DeploymentProblems.withId(problems, "CI-114")).singleElement()
                .extracting(Throwable::getMessage).asString()
                .contains("'" + UndefinedCacheModel.CACHE + "'").contains("max-entries=100")
                .contains("cached-inference.provider.uri").contains(BOUND + "=provider");
    }

    @Test
    void boundProvider_acceptsTheProvidersDefault_andTheCacheWorks() {
        assumeThat(providerConfigured()).as("provider '%s' states bounds itself", fixture().alias()).isTrue();
        try (KitContainer c = KitContainer.start(fixture(), Map.of(BOUND, "provider"), UndefinedCacheModel.class)) {
            UndefinedCacheModel model = c.select(UndefinedCacheModel.class);

            assertThat(model.label(1)).isEqualTo("label-1");
            assertThat(model.label(1)).isEqualTo("label-1");

            assertThat(model.runs()).isEqualTo(1);
        }
    }

    @Test
    void boundProvider_onAProviderThatStatesBounds_failsDeployment_asAMistake() {
        assumeThat(providerConfigured()).as("provider '%s' leaves bounds to its configuration", fixture().alias())
                .isFalse();

        List<Throwable> problems = problems(Map.of(BOUND, "provider"));

        assertThat(DeploymentProblems.withId(problems, "CI-106")).singleElement()
                .extracting(Throwable::getMessage).asString().contains(BOUND + "=provider").contains("has no effect");
    }

    private boolean providerConfigured() {
        Capabilities c = fixture().capabilities();
        return c.entryBound() == Support.PROVIDER_CONFIGURED;
    }

    private List<Throwable> problems(Map<String, String> config) {
        Throwable failure = catchThrowable(() -> KitContainer.start(fixture(), config, UndefinedCacheModel.class).close());
        assertThat(failure).as("deployment must fail").isNotNull();
        return DeploymentProblems.flatten(failure);
    }
}
