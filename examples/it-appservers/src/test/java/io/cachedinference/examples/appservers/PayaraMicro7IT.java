package io.cachedinference.examples.appservers;

import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Payara Micro 7 (Jakarta EE 11) with nothing configured: Payara's Hazelcast provider. Needs a JDK
 * 21 or newer; skipped, saying so, when there is none.
 */
final class PayaraMicro7IT extends AppServerContract {

    @Override
    AppServer server() {
        return PayaraMicro.v7("payara7-default", jdk21(), Map.of());
    }

    @Override
    String expectedProvider() {
        return PAYARA_HAZELCAST;
    }

    static Jdks.Jdk jdk21() {
        return Jdks.jdk21OrNewer().orElseGet(() -> Assumptions.abort("Payara Micro 7 needs a JDK 21 or newer and none"
                + " was found (looked in " + Jdks.searched() + "); set -Dappservers.jdk21.home=/path/to/jdk to run it"));
    }
}
