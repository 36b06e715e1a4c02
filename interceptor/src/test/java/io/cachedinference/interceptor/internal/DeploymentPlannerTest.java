package io.cachedinference.interceptor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.api.CachedInference;
import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.KeyGenerator;
import io.cachedinference.api.spi.CacheProviderAdapter;
import io.cachedinference.api.spi.Storage;
import io.cachedinference.interceptor.internal.config.MapConfigSource;
import io.cachedinference.interceptor.internal.fakes.FakeAdapter;
import io.cachedinference.interceptor.internal.validation.DeploymentProblems;
import io.cachedinference.interceptor.internal.key.Keyers;
import io.cachedinference.interceptor.internal.provider.ProviderSelector;
import io.cachedinference.interceptor.internal.validation.InvalidBatchMethodException;
import io.cachedinference.interceptor.internal.validation.KeyGeneratorCreationException;
import io.cachedinference.interceptor.internal.validation.NonSerializableResultException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Deployment rules checked without a container: the planner alone, over a stub provider adapter. */
final class DeploymentPlannerTest {

    record Embedding(float[] values) {
    }

    record SerializableEmbedding(float[] values) implements java.io.Serializable {
    }

    static final class NoDefaultConstructor implements KeyGenerator {
        NoDefaultConstructor(String unused) {
        }

        @Override
        public InferenceKey generate(String namespace, Object[] arguments) {
            throw new UnsupportedOperationException();
        }
    }

    static class Beans {
        @CachedInference
        public Embedding embed(String text) {
            return null;
        }

        @CachedInference
        public CompletableFuture<Embedding> embedLater(String text) {
            return null;
        }

        @CachedInference
        public SerializableEmbedding embedSafely(String text) {
            return null;
        }

        @CachedInference
        public float[] scores(String text) {
            return null;
        }

        @CachedInference(keyGenerator = NoDefaultConstructor.class)
        public String custom(String text) {
            return text;
        }

        @CachedInference(batch = true)
        public String notABatch(String text) {
            return text;
        }
    }

    @Test
    void nonSerializableResult_failsDeployment_whenTheProviderStoresByValue() throws Exception {
        List<RuntimeException> problems = plan(adapter(true), "embed", "embedLater", "embedSafely", "scores");

        assertThat(problems).hasSize(2).allMatch(NonSerializableResultException.class::isInstance)
                .extracting(Throwable::getMessage)
                .anySatisfy(m -> assertThat(m).contains(Embedding.class.getName()).contains("embed(java.lang.String)")
                        .contains("provider 'by-value'"))
                .anySatisfy(m -> assertThat(m).contains("embedLater"));
    }

    @Test
    void nonSerializableResult_isAccepted_whenTheProviderStoresByReference() throws Exception {
        List<RuntimeException> problems = plan(adapter(false), "embed", "embedLater");

        assertThat(problems).noneMatch(NonSerializableResultException.class::isInstance);
    }

    @Test
    void keyGeneratorThatCannotBeCreated_failsDeployment_namingItAndTheFix() throws Exception {
        List<RuntimeException> problems = plan(adapter(false), "custom");

        assertThat(problems).filteredOn(KeyGeneratorCreationException.class::isInstance).singleElement()
                .extracting(Throwable::getMessage).asString()
                .contains(NoDefaultConstructor.class.getName()).contains("public no-argument constructor")
                .contains("custom(java.lang.String)");
    }

    @Test
    void batchMethodWithoutItemsOrResultList_failsDeployment_sayingWhatABatchMethodNeeds() throws Exception {
        List<RuntimeException> problems = plan(adapter(false), "notABatch");

        assertThat(problems).hasSize(2).allMatch(InvalidBatchMethodException.class::isInstance)
                .extracting(Throwable::getMessage)
                .anySatisfy(m -> assertThat(m).contains("exactly one parameter of items").contains("notABatch"))
                .anySatisfy(m -> assertThat(m).contains("must return a List or an object array"));
    }

    private static List<RuntimeException> plan(CacheProviderAdapter adapter, String... methods) throws Exception {
        return plan(adapter, Map.of(), methods);
    }

    static List<RuntimeException> plan(CacheProviderAdapter adapter, Map<String, String> config, String... methods)
            throws Exception {
        List<CachedMethod> cached = new java.util.ArrayList<>();
        for (String name : methods) {
            java.lang.reflect.Method m = Beans.class.getMethod(name, String.class);
            cached.add(new CachedMethod(m, m.getAnnotation(CachedInference.class)));
        }
        DeploymentProblems problems = new DeploymentProblems();
        DeploymentPlanner planner = new DeploymentPlanner(MapConfigSource.config(config),
                ProviderSelector.of(List.of(adapter), DeploymentPlannerTest.class.getClassLoader()),
                new CdiFreeGenerators(), Keyers.none(), DeploymentPlannerTest.class.getClassLoader(), problems);
        DeploymentPlanner.Outcome outcome = planner.plan(cached);
        if (outcome.caches() != null) {
            outcome.caches().close();
        }
        return outcome.problems();
    }

    /** Creates generators through their no-argument constructor, as the extension does without a CDI bean. */
    static final class CdiFreeGenerators implements java.util.function.Function<Class<? extends KeyGenerator>, KeyGenerator> {
        @Override
        public KeyGenerator apply(Class<? extends KeyGenerator> type) {
            try {
                return type.getConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException("it has no public no-argument constructor", e);
            }
        }
    }

    private static CacheProviderAdapter adapter(boolean byValue) {
        return new FakeAdapter(byValue ? "by-value" : "by-reference",
                FakeAdapter.everything(byValue ? Storage.BY_VALUE : Storage.BY_REFERENCE));
    }
}
