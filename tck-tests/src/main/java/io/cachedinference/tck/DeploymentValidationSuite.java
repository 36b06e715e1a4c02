package io.cachedinference.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.cachedinference.api.EvictionPolicy;
import io.cachedinference.api.spi.CacheProviderAdapter;
import io.cachedinference.tck.beans.ClusterModel;
import io.cachedinference.tck.beans.invalid.ConfiguredBean;
import io.cachedinference.tck.beans.invalid.LfuBean;
import io.cachedinference.tck.beans.invalid.PrivateMethodBean;
import io.cachedinference.tck.beans.invalid.SharedCacheBeans;
import io.cachedinference.tck.beans.invalid.UnkeyableParameterBean;
import io.cachedinference.tck.beans.invalid.VoidMethodBean;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** Mistakes in annotations or configuration fail deployment with clear messages, all at once. */
public abstract class DeploymentValidationSuite {

    /** The provider under test. */
    protected abstract ProviderFixture fixture();

    @Test
    void voidMethod_failsDeployment_namingClassAndMethod() {
        List<Throwable> problems = problems(Map.of(), VoidMethodBean.class);

        assertThat(DeploymentProblems.withId(problems, "CI-101")).singleElement()
                .extracting(Throwable::getMessage).asString()
                .contains("not allowed on a method returning void")
                .contains("class=" + VoidMethodBean.class.getName())
                .contains("warmUp(float[])");
    }

    @Test
    void unkeyableParameter_failsDeployment_namingTypeMethodAndParameter() {
        List<Throwable> problems = problems(Map.of(), UnkeyableParameterBean.class);

        assertThat(DeploymentProblems.withId(problems, "CI-103")).singleElement()
                .extracting(Throwable::getMessage).asString()
                .contains(UnkeyableParameterBean.OpaqueTensor.class.getName())
                .contains("parameter 0 ('tensor'")
                .contains("infer(");
    }

    @Test
    void everyProblem_isReportedAtOnce() {
        List<Throwable> problems = problems(Map.of(), VoidMethodBean.class, UnkeyableParameterBean.class,
                PrivateMethodBean.class);

        assertThat(problems).extracting(Throwable::getMessage)
                .anySatisfy(m -> assertThat(m).startsWith("CI-101 "))
                .anySatisfy(m -> assertThat(m).startsWith("CI-103 "))
                .anySatisfy(m -> assertThat(m).startsWith("CI-102 "));
    }

    @Test
    void fiveDifferentMistakes_areReportedTogether_eachOnceWithItsOwnId() {
        List<Throwable> problems = problems(Map.of("cached-inference.cache.tck-configured.ttl", "five minutes"),
                VoidMethodBean.class, PrivateMethodBean.class, UnkeyableParameterBean.class, ConfiguredBean.class,
                SharedCacheBeans.Small.class, SharedCacheBeans.Large.class);

        for (String id : List.of("CI-101", "CI-102", "CI-103", "CI-106", "CI-107")) {
            assertThat(DeploymentProblems.withId(problems, id)).as(id).hasSize(1);
        }
    }

    @Test
    void clusterSingleFlight_onAProviderWhoseCachesAreNotShared_failsDeployment() {
        assumeThat(fixture().capabilities().sharedAcrossProcesses())
                .as("only for providers whose caches are not shared across processes").isFalse();

        List<Throwable> problems = problems(Map.of(), ClusterModel.class);

        assertThat(DeploymentProblems.withId(problems, "CI-108")).singleElement()
                .extracting(Throwable::getMessage).asString().contains("single-flight=cluster")
                .contains("cache=" + ClusterModel.CACHE);
    }

    @Test
    void privateMethod_failsDeployment() {
        List<Throwable> problems = problems(Map.of(), PrivateMethodBean.class);

        assertThat(DeploymentProblems.withId(problems, "CI-102")).singleElement()
                .extracting(Throwable::getMessage).asString().contains("private method").contains("secretScore");
    }

    @Test
    void unsupportedEviction_failsDeployment_namingTheProvider() {
        assumeThat(fixture().supports(EvictionPolicy.LFU))
                .as("only for providers that declare LFU unsupported").isFalse();

        List<Throwable> problems = problems(Map.of(), LfuBean.class);

        assertThat(DeploymentProblems.withId(problems, "CI-108")).singleElement()
                .extracting(Throwable::getMessage).asString()
                .contains("Eviction LFU is not supported by provider '" + fixture().alias() + "'")
                .contains("cache=tck-lfu");
    }

    @Test
    void oneCacheSharedWithConflictingPolicies_failsDeployment() {
        List<Throwable> problems = problems(Map.of(), SharedCacheBeans.Small.class, SharedCacheBeans.Large.class);

        assertThat(DeploymentProblems.withId(problems, "CI-107")).singleElement()
                .extracting(Throwable::getMessage).asString()
                .contains("tck-shared").contains("max-entries=10").contains("max-entries=20");
    }

    @Test
    void invalidConfiguredValues_failDeployment_namingKeyAndValue() {
        List<Throwable> problems = problems(Map.of(
                "cached-inference.cache.tck-configured.ttl", "five minutes",
                "cached-inference.cache.tck-configured.eviction", "random",
                "cached-inference.cache.tck-configured.max-entries", "-3"), ConfiguredBean.class);

        assertThat(DeploymentProblems.withId(problems, "CI-106"))
                .extracting(Throwable::getMessage)
                .anySatisfy(m -> assertThat(m).contains("cached-inference.cache.tck-configured.ttl=five minutes"))
                .anySatisfy(m -> assertThat(m).contains("cached-inference.cache.tck-configured.eviction=random")
                        .contains("[LRU, LFU, TTL]"))
                .anySatisfy(m -> assertThat(m).contains("max-entries=-3").contains("must be positive"));
    }

    @Test
    void unknownProvider_failsDeployment_listingWhatIsAvailable() {
        List<Throwable> problems = problems(Map.of("cached-inference.provider", "no-such-provider"),
                ConfiguredBean.class);

        boolean registered = ServiceLoader.load(CacheProviderAdapter.class).stream()
                .anyMatch(p -> p.get().alias().equals(fixture().alias()));
        assertThat(DeploymentProblems.withId(problems, "CI-111")).singleElement()
                .extracting(Throwable::getMessage).asString()
                .contains("cached-inference.provider=no-such-provider")
                .contains(registered ? fixture().alias() : "JCache providers on the class path");
    }

    private List<Throwable> problems(Map<String, String> config, Class<?>... beans) {
        Throwable failure = catchThrowable(() -> KitContainer.start(fixture(), config, beans).close());
        assertThat(failure).as("deployment must fail").isNotNull();
        return DeploymentProblems.flatten(failure);
    }
}
