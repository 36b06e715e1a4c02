package io.cachedinference.examples.appservers;

import java.util.Map;

/** Payara Micro 7, the same WAR, switched to Ehcache by a system property; needs a JDK 21+. */
final class PayaraMicro7EhcacheIT extends AppServerContract {

    @Override
    AppServer server() {
        return PayaraMicro.v7("payara7-ehcache", PayaraMicro7IT.jdk21(), Map.of("cached-inference.provider", "ehcache"));
    }

    @Override
    String expectedProvider() {
        return EHCACHE;
    }
}
