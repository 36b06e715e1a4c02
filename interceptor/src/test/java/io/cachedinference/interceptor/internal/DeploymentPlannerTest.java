package io.cachedinference.interceptor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.api.CachedInference;
import io.cachedinference.api.EvictionPolicy;
import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.KeyGenerator;
import io.cachedinference.api.spi.CacheProviderAdapter;
import io.cachedinference.api.spi.CacheSettings;
import io.cachedinference.api.spi.PolicySupport;
import io.cachedinference.interceptor.internal.config.CachedInferenceConfig;
import io.cachedinference.interceptor.internal.key.Keyers;
import io.cachedinference.interceptor.internal.provider.ProviderSelector;
import io.cachedinference.interceptor.internal.validation.InvalidBatchMethodException;
import io.cachedinference.interceptor.internal.validation.KeyGeneratorCreationException;
import io.cachedinference.interceptor.internal.validation.NoCacheProviderException;
import io.cachedinference.interceptor.internal.validation.NonSerializableResultException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.cache.configuration.Configuration;
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
        List<CachedMethod> cached = new java.util.ArrayList<>();
        for (String name : methods) {
            java.lang.reflect.Method m = Beans.class.getMethod(name, String.class);
            cached.add(new CachedMethod(m, m.getAnnotation(CachedInference.class)));
        }
        CdiFreeGenerators generators = new CdiFreeGenerators();
        DeploymentPlanner planner = new DeploymentPlanner(new CachedInferenceConfig(List.of()),
                ProviderSelector.of(List.of(adapter), DeploymentPlannerTest.class.getClassLoader()), generators,
                Keyers.none(), DeploymentPlannerTest.class.getClassLoader());
        DeploymentPlanner.Outcome outcome = planner.plan(cached, List.of());
        // no provider exists behind the stub adapter: opening its caches is the one failure allowed here
        return outcome.problems().stream().filter(p -> !(p instanceof NoCacheProviderException)).toList();
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
        return new CacheProviderAdapter() {
            @Override
            public String alias() {
                return byValue ? "by-value" : "by-reference";
            }

            @Override
            public String cachingProviderClassName() {
                return "com.example.NoSuchCachingProvider";
            }

            @Override
            public PolicySupport support(EvictionPolicy policy) {
                return PolicySupport.EXACT;
            }

            @Override
            public boolean storesByValue() {
                return byValue;
            }

            @Override
            public Configuration<InferenceKey, Object> configuration(CacheSettings settings) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
