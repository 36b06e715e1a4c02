package io.cachedinference.examples.appservers;

import java.util.Map;

/** Payara Micro 6 with nothing configured: the library takes Payara's own Hazelcast JCache provider. */
final class PayaraMicro6IT extends AppServerContract {

    @Override
    AppServer server() {
        return PayaraMicro.v6("payara6-default", Map.of());
    }

    @Override
    String expectedProvider() {
        return PAYARA_HAZELCAST;
    }
}
