package io.cachedinference.interceptor.annotations;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.api.CachedInference;
import jakarta.inject.Singleton;
import java.lang.annotation.Annotation;
import javax.cache.annotation.CacheKeyGenerator;
import javax.cache.annotation.CacheKeyInvocationContext;
import javax.cache.annotation.CachePut;
import javax.cache.annotation.CacheRemove;
import javax.cache.annotation.CacheResult;
import javax.cache.annotation.CacheValue;
import javax.cache.annotation.GeneratedCacheKey;
import org.junit.jupiter.api.Test;

/** Misused JSR-107 annotations fail deployment, every problem reported at once, each with its id. */
final class AnnotationDeploymentProblemsTest {

    @Test
    void every_misuse_is_reported_at_once() {
        assertThat(AnnotationContainer.deploymentProblems(Misused.class)).hasSize(7)
                .anySatisfy(m -> assertThat(m).startsWith("CI-115 A method may carry one JSR-107 cache annotation")
                        .contains("@CacheResult, @CacheRemove").contains("method=" + Misused.class.getName() + "#twice("))
                .anySatisfy(m -> assertThat(m).startsWith("CI-115 @CachePut needs exactly one parameter annotated"
                        + " @CacheValue").contains("found 0").contains("#noValue("))
                .anySatisfy(m -> assertThat(m).startsWith("CI-115 @CachePut needs exactly one").contains("found 2"))
                .anySatisfy(m -> assertThat(m).startsWith("CI-101 @CacheResult is not allowed on a method returning"
                        + " void"))
                .anySatisfy(m -> assertThat(m).startsWith("CI-115 @CachedInference (on the method or its class) and @CacheResult on one method"))
                .anySatisfy(m -> assertThat(m).startsWith("CI-116 @CacheResult names CacheResolverFactory")
                        .contains("it is abstract and not a CDI bean"))
                .anySatisfy(m -> assertThat(m).startsWith("CI-104 @CacheResult names CacheKeyGenerator")
                        .contains(Unconstructible.class.getName()));
    }

    @Test
    void an_annotation_cache_may_not_share_a_cached_inference_cache() {
        assertThat(AnnotationContainer.deploymentProblems(SharedName.class)).singleElement().asString()
                .startsWith("CI-107 Cache 'shared' is named by a @CachedInference method and by a JSR-107 annotation");
    }

    @Singleton
    public static class Misused {
        @CacheResult
        @CacheRemove
        public String twice(String id) {
            return id;
        }

        @CachePut
        public void noValue(String id) {
        }

        @CachePut
        public void twoValues(@CacheValue String a, @CacheValue String b) {
        }

        @CacheResult
        public void nothingToCache(String id) {
        }

        @CacheResult
        @CachedInference
        public String both(String id) {
            return id;
        }

        @CacheResult(cacheResolverFactory = NoFactory.class)
        public String unknownFactory(String id) {
            return id;
        }

        @CacheResult(cacheKeyGenerator = Unconstructible.class)
        public String unknownGenerator(String id) {
            return id;
        }
    }

    @Test
    void a_cache_annotation_under_a_class_level_cached_inference_is_reported() {
        assertThat(AnnotationContainer.deploymentProblems(InferenceClass.class)).singleElement().asString()
                .startsWith("CI-115 @CachedInference (on the method or its class) and @CacheRemove on one method")
                .contains("#evict(");
    }

    @Singleton
    @CachedInference
    public static class InferenceClass {
        public String infer(String input) {
            return input;
        }

        @CacheRemove
        public String evict(String input) {
            return input;
        }
    }

    @Singleton
    public static class SharedName {
        @CachedInference(cacheName = "shared")
        public String inference(String id) {
            return id;
        }

        @CacheResult(cacheName = "shared")
        public String annotated(String id) {
            return id;
        }
    }

    /** Abstract, and no bean. */
    public abstract static class NoFactory implements javax.cache.annotation.CacheResolverFactory {
    }

    /** A generator whose constructor fails. */
    public static class Unconstructible implements CacheKeyGenerator {
        public Unconstructible() {
            throw new IllegalStateException("cannot start");
        }

        @Override
        public GeneratedCacheKey generateCacheKey(CacheKeyInvocationContext<? extends Annotation> context) {
            return null;
        }
    }
}
