package io.cachedinference.examples.service;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;

/**
 * The service as a plain JAX-RS application: {@link InferenceServer} runs it on Weld SE, and a WAR
 * can hold the same classes on any Jakarta EE 10 server. Resources are CDI beans; nothing here
 * depends on a JAX-RS implementation.
 */
@ApplicationPath("/")
public class ServiceApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(InferenceResource.class, SearchResource.class, CacheResource.class,
                ApiExceptionMapper.class, WebErrorMapper.class, UnexpectedErrorMapper.class);
    }

    /** Switches off Jersey's WADL, which needs JAXB; other runtimes ignore the property. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
