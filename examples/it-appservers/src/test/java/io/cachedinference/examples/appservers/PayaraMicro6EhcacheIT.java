package io.cachedinference.examples.appservers;

import java.util.Map;

/** Payara Micro 6, the same WAR, switched to the Ehcache in WEB-INF/lib by a system property. */
final class PayaraMicro6EhcacheIT extends AppServerContract {

    @Override
    AppServer server() {
        return PayaraMicro.v6("payara6-ehcache", Map.of("cached-inference.provider", "ehcache"));
    }

    @Override
    String expectedProvider() {
        return EHCACHE;
    }
}
