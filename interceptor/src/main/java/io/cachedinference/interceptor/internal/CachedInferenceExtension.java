package io.cachedinference.interceptor.internal;

import io.cachedinference.api.InferenceCaches;
import io.cachedinference.interceptor.internal.config.CachedInferenceConfig;
import io.cachedinference.interceptor.internal.core.InferenceCacheRegistry;
import io.cachedinference.interceptor.internal.jsr107.AnnotatedCacheMethod;
import io.cachedinference.interceptor.internal.key.Keyers;
import io.cachedinference.interceptor.internal.provider.DeploymentCaches;
import io.cachedinference.interceptor.internal.provider.ProviderSelector;
import io.cachedinference.interceptor.internal.validation.DeploymentProblems;
import io.cachedinference.interceptor.internal.validation.InvalidSettingException;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.AnnotatedType;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.BeforeShutdown;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.ProcessManagedBean;
import jakarta.enterprise.inject.spi.ProcessSyntheticAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.enterprise.util.Nonbinding;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import java.lang.System.Logger;
import java.lang.annotation.Annotation;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The portable extension: registers the interceptors, collects every {@code @CachedInference} method and
 * every method with a JSR-107 cache annotation while beans are discovered, and at {@link AfterDeploymentValidation} plans them all, reporting
 * every problem at once. Closes the caches at shutdown.
 */
public class CachedInferenceExtension implements Extension {

    private static final Logger LOG = System.getLogger("io.cachedinference");
    private static final String PAYARA_JSR107 = "fish.payara.cdi.jsr107.";

    private final List<CachedMethod> methods = new ArrayList<>();
    private final List<AnnotatedCacheMethod> annotated = new ArrayList<>();
    private final DeploymentProblems problems = new DeploymentProblems();
    private final DeploymentState state = new DeploymentState();
    private DeploymentCaches caches;
    private CdiKeyGenerators generators;
    private MetricsBinding metrics;
    private boolean jsr107 = true;

    void registerInterceptor(@Observes BeforeBeanDiscovery event, BeanManager beanManager) {
        event.addAnnotatedType(beanManager.createAnnotatedType(CachedInferenceInterceptor.class),
                CachedInferenceInterceptor.class.getName());
        event.addAnnotatedType(beanManager.createAnnotatedType(ModelUpdateObserver.class),
                ModelUpdateObserver.class.getName());
        jsr107 = jsr107Enabled();
        if (!jsr107) {
            LOG.log(Level.INFO, () -> "CI-006 " + CachedInferenceConfig.JSR107_ENABLED + "=false: the JSR-107 cache"
                    + " annotations are left to another implementation");
            return;
        }
        // JSR-107's annotations mark their members with javax's @Nonbinding, which Jakarta CDI does not
        // know: registered as bindings with Jakarta's on every member, one interceptor matches every use
        for (Class<? extends Annotation> binding : AnnotationScanner.CACHE_ANNOTATIONS) {
            // a server's repackaged API (Payara's) may carry Jakarta's already
            event.configureInterceptorBinding(binding).methods().stream()
                    .filter(m -> !m.getAnnotated().isAnnotationPresent(Nonbinding.class))
                    .forEach(m -> m.add(Nonbinding.Literal.INSTANCE));
        }
        for (Class<?> interceptor : List.of(CacheResultInterceptor.class, CachePutInterceptor.class,
                CacheRemoveInterceptor.class, CacheRemoveAllInterceptor.class)) {
            event.addAnnotatedType(beanManager.createAnnotatedType(interceptor), interceptor.getName());
        }
    }

    void vetoDiscoveredAnnotationInterceptors(@Observes ProcessAnnotatedType<? extends AnnotationInterceptor> event) {
        if (!(event instanceof ProcessSyntheticAnnotatedType)) {
            event.veto();
        }
    }

    // Payara registers interceptors of its own for the JSR-107 annotations: with ours, each call would be
    // cached twice, once in Payara's Hazelcast; ours replace them unless the annotations are left to Payara
    void vetoServerAnnotationInterceptors(@Observes @WithAnnotations(Interceptor.class) ProcessAnnotatedType<?> event) {
        AnnotatedType<?> type = event.getAnnotatedType();
        if (jsr107 && type.getJavaClass().getName().startsWith(PAYARA_JSR107)
                && AnnotationScanner.CACHE_ANNOTATIONS.stream().anyMatch(type::isAnnotationPresent)) {
            event.veto();
            LOG.log(Level.INFO, () -> "CI-007 " + type.getJavaClass().getName() + " is replaced by cached-inference's"
                    + " interceptor for the same JSR-107 annotation; set " + CachedInferenceConfig.JSR107_ENABLED
                    + "=false to keep the server's");
        }
    }

    // the interceptor jar may also be scanned as a bean archive: keep only our registrations
    void vetoDiscoveredInterceptor(@Observes ProcessAnnotatedType<CachedInferenceInterceptor> event) {
        if (!(event instanceof ProcessSyntheticAnnotatedType)) {
            event.veto();
        }
    }

    void vetoDiscoveredObserver(@Observes ProcessAnnotatedType<ModelUpdateObserver> event) {
        if (!(event instanceof ProcessSyntheticAnnotatedType)) {
            event.veto();
        }
    }

    <T> void collect(@Observes ProcessManagedBean<T> event) {
        if (event.getAnnotatedBeanClass().isAnnotationPresent(Interceptor.class)) {
            return;
        }
        MethodScanner.scan(event.getAnnotatedBeanClass(), methods, problems);
        if (jsr107) {
            AnnotationScanner.scan(event.getAnnotatedBeanClass(), annotated, problems);
        }
    }

    void addFacade(@Observes AfterBeanDiscovery event) {
        event.addBean()
                .beanClass(InferenceCacheRegistry.class)
                .types(InferenceCaches.class, Object.class)
                .scope(Singleton.class)
                .createWith(context -> state.registry());
    }

    void plan(@Observes AfterDeploymentValidation event, BeanManager beanManager) {
        ClassLoader classLoader = classLoader();
        generators = new CdiKeyGenerators(beanManager);
        Keyers keyers = ArgumentKeyerDiscovery.discover(generators.keyers(), classLoader, problems);
        DeploymentPlanner planner = new DeploymentPlanner(CachedInferenceConfig.load(classLoader),
                ProviderSelector.discover(classLoader), generators, generators::instance, keyers, classLoader,
                problems);
        DeploymentPlanner.Outcome outcome = planner.plan(methods, annotated);
        methods.clear();
        annotated.clear();
        problems.clear();
        if (!outcome.problems().isEmpty()) {
            outcome.problems().forEach(event::addDeploymentProblem);
            return;
        }
        caches = outcome.caches();
        InferenceCacheRegistry registry = outcome.registry();
        state.registry(registry);
        metrics = MetricsBinding.bindIfPresent(beanManager, registry, classLoader);
        if (caches != null) {
            LOG.log(Level.INFO, () -> "CI-002 cached-inference planned " + registry.statistics().size()
                    + " cache(s) on provider '" + caches.adapter().alias() + "': " + registry.statistics().keySet());
        }
    }

    void close(@Observes BeforeShutdown event) {
        state.registry(InferenceCacheRegistry.empty());
        if (metrics != null) {
            try {
                metrics.close();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Removing cache metrics failed", e);
            }
            metrics = null;
        }
        if (caches != null) {
            caches.close();
            caches = null;
        }
        if (generators != null) {
            generators.close();
        }
    }

    /** The deployment's plans; empty before deployment completes. */
    public InferenceCacheRegistry registry() {
        return state.registry();
    }

    DeploymentState state() {
        return state;
    }

    private boolean jsr107Enabled() {
        Optional<CachedInferenceConfig.Setting> setting = CachedInferenceConfig.load(classLoader())
                .get(CachedInferenceConfig.JSR107_ENABLED);
        if (setting.isEmpty() || setting.get().value().equalsIgnoreCase("true")) {
            return true;
        }
        if (!setting.get().value().equalsIgnoreCase("false")) {
            problems.accept(new InvalidSettingException(setting.get().describe() + " must be true or false"));
        }
        return false;
    }

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : CachedInferenceExtension.class.getClassLoader();
    }
}
