package io.cachedinference.tck.jsr107;

import javax.cache.annotation.BeanProvider;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * Our {@link BeanProvider}, the JSR-107 TCK's way to reach an implementation (found through
 * {@code META-INF/services}): beans from the container {@link TckRun} installs, or, when the TCK runs on its
 * own, from one it starts with our extension and stops at JVM exit.
 */
public final class WeldBeanProvider implements BeanProvider {

    private static volatile WeldContainer installed;
    private static WeldContainer standalone;

    /** Serves the TCK's beans from this container until {@link #uninstall}. */
    static void install(WeldContainer container) {
        installed = container;
    }

    static void uninstall() {
        installed = null;
    }

    @Override
    public <T> T getBeanByType(Class<T> beanClass) {
        WeldContainer container = installed;
        if (container == null) {
            container = standalone();
        }
        return container.select(beanClass).get();
    }

    private static synchronized WeldContainer standalone() {
        if (standalone == null) {
            standalone = TckContainer.start(true);
            WeldContainer started = standalone;
            Runtime.getRuntime().addShutdownHook(new Thread(started::shutdown, "jsr107-tck-weld-shutdown"));
        }
        return standalone;
    }
}
