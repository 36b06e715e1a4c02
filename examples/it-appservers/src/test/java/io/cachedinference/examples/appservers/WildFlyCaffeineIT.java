package io.cachedinference.examples.appservers;

import java.util.Map;

/** WildFly, the same WAR, switched to the Caffeine in WEB-INF/lib by a system property. */
final class WildFlyCaffeineIT extends AppServerContract {

    @Override
    AppServer server() {
        return new WildFly("wildfly-caffeine", Map.of("cached-inference.provider", "caffeine"));
    }

    @Override
    String expectedProvider() {
        return CAFFEINE;
    }
}
