package io.cachedinference.examples.service;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Configuration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The service as a plain JAX-RS application: {@link InferenceServer} runs it on Weld SE, and a WAR
 * can hold the same classes on any Jakarta EE 10 server. Resources are CDI beans; nothing here
 * depends on a JAX-RS implementation. The {@link ServiceSettings} travel as an application
 * property, which resources read from the JAX-RS {@link Configuration}.
 */
@ApplicationPath("/")
public class ServiceApplication extends Application {

    /** The application property that holds the {@link ServiceSettings}. */
    static final String SETTINGS = ServiceSettings.class.getName();

    private final ServiceSettings settings;

    /** The application with settings from system properties, as a server deploys it. */
    public ServiceApplication() {
        this(ServiceSettings.fromSystemProperties());
    }

    /** The application with the given settings. */
    public ServiceApplication(ServiceSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(InferenceResource.class, SearchResource.class, CacheResource.class, ContentTypeCheck.class,
                ApiExceptionMapper.class, WebErrorMapper.class, UnexpectedErrorMapper.class);
    }

    /** The settings, and Jersey's WADL switched off (it needs JAXB); other runtimes ignore that property. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true, SETTINGS, settings);
    }

    /** The settings a resource runs with; the system properties' when the runtime does not pass application properties. */
    static ServiceSettings settings(Configuration configuration) {
        Object value = configuration == null ? null : configuration.getProperty(SETTINGS);
        return value instanceof ServiceSettings ? (ServiceSettings) value : ServiceSettings.fromSystemProperties();
    }
}
