package io.cachedinference.tck.jsr107;

import io.cachedinference.testsupport.SystemProperties;
import jakarta.enterprise.inject.spi.Extension;
import java.util.Map;
import java.util.ServiceLoader;
import manager.CacheNameOnEachMethodBlogManagerImpl;
import manager.ClassLevelCacheConfigBlogManagerImpl;
import manager.UsingDefaultCacheNameBlogManagerImpl;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * The Weld SE container the JSR-107 TCK's annotation tests run in: the TCK's three blog managers, registered
 * here because the TCK's {@code beans.xml} is a CDI 1.0 empty file that Weld 5 reads as annotated discovery
 * (which finds none of them), and Ehcache's JCache provider selected by its class name, driven by the generic
 * adapter. With {@code withExtension} false it has no portable extension at all: the guard's negative case.
 */
final class TckContainer {

    static final String PROVIDER = "org.ehcache.jsr107.EhcacheCachingProvider";

    private TckContainer() {
    }

    @SuppressWarnings("try") // the properties are in force while the container starts
    static WeldContainer start(boolean withExtension) {
        try (SystemProperties scope = SystemProperties.set(Map.of("cached-inference.provider", PROVIDER))) {
            Weld weld = new Weld("jsr107-tck-" + System.nanoTime())
                    .disableDiscovery()
                    .addBeanClasses(UsingDefaultCacheNameBlogManagerImpl.class, ClassLevelCacheConfigBlogManagerImpl.class,
                            CacheNameOnEachMethodBlogManagerImpl.class);
            if (withExtension) {
                // with discovery off, Weld SE loads no extensions from META-INF/services: add them as found there
                for (Extension extension : ServiceLoader.load(Extension.class)) {
                    weld.addExtension(extension);
                }
            }
            return weld.initialize();
        }
    }
}
