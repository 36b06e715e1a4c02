package io.cachedinference.interceptor.internal;

import io.cachedinference.api.ArgumentKeyer;
import io.cachedinference.api.KeyGenerator;
import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Creates key generators, one instance per method: the CDI bean of the generator's type when there
 * is one (so it can inject configuration), else through its public no-argument constructor. Also
 * gets the application's {@link ArgumentKeyer} beans. Dependent bean instances are destroyed with
 * the deployment.
 */
final class CdiKeyGenerators implements Function<Class<? extends KeyGenerator>, KeyGenerator>, AutoCloseable {

    private static final Type ANY_KEYER = new TypeLiteral<ArgumentKeyer<?>>() {
        private static final long serialVersionUID = 1L;
    }.getType();

    private final BeanManager beanManager;
    private final List<CreationalContext<?>> contexts = new ArrayList<>();

    CdiKeyGenerators(BeanManager beanManager) {
        this.beanManager = beanManager;
    }

    @Override
    public KeyGenerator apply(Class<? extends KeyGenerator> type) {
        return instance(type);
    }

    /**
     * An instance of a type the application names in an annotation (a key generator, a JSR-107 cache
     * resolver factory or key generator): its CDI bean when it has one, else a new instance.
     */
    <T> T instance(Class<T> type) {
        Set<Bean<?>> beans = beanManager.getBeans(type);
        if (!beans.isEmpty()) {
            Bean<?> bean = beanManager.resolve(beans);
            CreationalContext<?> context = beanManager.createCreationalContext(bean);
            contexts.add(context);
            return type.cast(beanManager.getReference(bean, type, context));
        }
        if (java.lang.reflect.Modifier.isAbstract(type.getModifiers())) {
            throw new IllegalArgumentException("it is abstract and not a CDI bean");
        }
        try {
            return type.getConstructor().newInstance();
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("it is not a CDI bean and has no public no-argument constructor", e);
        } catch (ReflectiveOperationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalArgumentException("its constructor failed: " + cause, cause);
        }
    }

    /** Every {@code ArgumentKeyer} bean, by bean class. */
    Map<Class<?>, ArgumentKeyer<?>> keyers() {
        Map<Class<?>, ArgumentKeyer<?>> keyers = new LinkedHashMap<>();
        for (Bean<?> bean : beanManager.getBeans(ANY_KEYER, Any.Literal.INSTANCE)) {
            CreationalContext<?> context = beanManager.createCreationalContext(bean);
            contexts.add(context);
            keyers.put(bean.getBeanClass(), (ArgumentKeyer<?>) beanManager.getReference(bean, ANY_KEYER, context));
        }
        return keyers;
    }

    @Override
    public void close() {
        contexts.forEach(CreationalContext::release);
        contexts.clear();
    }
}
