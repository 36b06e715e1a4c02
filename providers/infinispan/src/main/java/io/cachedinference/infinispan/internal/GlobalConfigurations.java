package io.cachedinference.infinispan.internal;

import io.cachedinference.api.InferenceKey;
import java.util.Properties;
import java.util.UUID;
import org.infinispan.commons.dataconversion.MediaType;
import org.infinispan.commons.marshall.JavaSerializationMarshaller;
import org.infinispan.configuration.global.GlobalConfigurationBuilder;
import org.infinispan.configuration.global.ShutdownHookBehavior;
import org.infinispan.configuration.parsing.ConfigurationBuilderHolder;
import org.infinispan.configuration.parsing.ParserRegistry;

/**
 * The global configuration of a deployment's own cache manager, built programmatically so no
 * {@code infinispan.xml} on the class path changes it, in named steps.
 *
 * <p>Always: the deployment's class loader, no JMX, no metrics (the interceptor keeps its own, and
 * without Micrometer Infinispan warns at every start), and no JVM shutdown hook, as the deployment
 * stops the manager when it closes. Local (no transport, so no network at all) unless a cluster name
 * is configured; then JGroups over TCP, bound to one interface ({@code 127.0.0.1} by default) for
 * both its transport and its failure detection socket, with
 * members discovered only at the configured addresses (TCPPING, in place of the default stack's
 * multicast MPING), and Java serialization between members, for the allowed classes only.
 */
final class GlobalConfigurations {

    /** The JGroups stack: Infinispan's {@code tcp}, bound to one interface, discovering by TCPPING. */
    static final String STACK = "cached-inference";

    /** Class names always allowed across members: the key, strings, primitive wrappers, arrays of them. */
    private static final String[] ALWAYS_ALLOWED = {
        "java\\.lang\\.(String|Boolean|Byte|Short|Character|Integer|Long|Float|Double|Number)",
        "\\[+([ZBCSIJFD]|Ljava\\.lang\\.(String|Boolean|Byte|Short|Character|Integer|Long|Float|Double);)",
    };

    private GlobalConfigurations() {
    }

    static ConfigurationBuilderHolder of(InfinispanSettings settings, ClassLoader classLoader) {
        ConfigurationBuilderHolder holder = settings.clustered()
                ? new ParserRegistry(classLoader, false, new Properties()).parse(stack(settings), MediaType.APPLICATION_XML)
                : new ConfigurationBuilderHolder(classLoader);
        GlobalConfigurationBuilder global = holder.getGlobalConfigurationBuilder();
        addContainer(global, classLoader);
        if (settings.clustered()) {
            addTransport(global, settings);
            addSerialization(global, settings);
        } else {
            global.nonClusteredDefault();
        }
        return holder;
    }

    private static void addContainer(GlobalConfigurationBuilder global, ClassLoader classLoader) {
        global.classLoader(classLoader).cacheManagerName("cached-inference-" + UUID.randomUUID().toString().substring(0, 8));
        global.jmx().enabled(false);
        global.metrics().gauges(false).histograms(false);
        global.cacheContainer().statistics(false);
        global.shutdown().hookBehavior(ShutdownHookBehavior.DONT_REGISTER);
    }

    private static void addTransport(GlobalConfigurationBuilder global, InfinispanSettings settings) {
        global.transport().defaultTransport().clusterName(settings.clusterName()).stack(STACK)
                .nodeName("cached-inference-" + UUID.randomUUID().toString().substring(0, 8));
    }

    private static void addSerialization(GlobalConfigurationBuilder global, InfinispanSettings settings) {
        global.serialization().marshaller(new JavaSerializationMarshaller()).allowList()
                .addClasses(InferenceKey.class)
                .addRegexps(ALWAYS_ALLOWED)
                .addRegexps(settings.allowList().toArray(String[]::new));
    }

    /**
     * Infinispan's {@code tcp} stack with TCP and failure detection (FD_SOCK2) bound to the interface,
     * and TCPPING in place of MPING.
     */
    private static String stack(InfinispanSettings settings) {
        return "<infinispan xmlns=\"urn:infinispan:config:16.0\"><jgroups>"
                + "<stack name=\"" + STACK + "\" extends=\"tcp\">"
                + "<TCP xmlns=\"urn:org:jgroups\" bind_addr=\"" + xml(settings.networkInterface()) + "\""
                + " bind_port=\"" + settings.port() + "\" port_range=\"" + InfinispanSettings.PORT_RANGE + "\""
                + " diag.enabled=\"false\" stack.combine=\"COMBINE\"/>"
                + "<TCPPING xmlns=\"urn:org:jgroups\" initial_hosts=\"" + xml(settings.initialHosts()) + "\""
                + " port_range=\"" + InfinispanSettings.PORT_RANGE + "\""
                + " stack.combine=\"REPLACE\" stack.position=\"MPING\"/>"
                // failure detection listens too, on all interfaces unless told otherwise
                + "<FD_SOCK2 xmlns=\"urn:org:jgroups\" bind_addr=\"" + xml(settings.networkInterface()) + "\""
                + " stack.combine=\"COMBINE\"/>"
                + "</stack></jgroups></infinispan>";
    }

    private static String xml(String attribute) {
        return attribute.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
