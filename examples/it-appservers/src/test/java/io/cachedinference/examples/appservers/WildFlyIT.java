package io.cachedinference.examples.appservers;

import java.util.Map;

/**
 * WildFly with nothing configured: it offers no JCache provider, so the library takes Ehcache from
 * WEB-INF/lib, the default among the provider modules (jboss-deployment-structure.xml gives it
 * jdk.unsupported).
 */
final class WildFlyIT extends AppServerContract {

    @Override
    AppServer server() {
        return new WildFly("wildfly-default", Map.of());
    }

    @Override
    String expectedProvider() {
        return EHCACHE;
    }
}
