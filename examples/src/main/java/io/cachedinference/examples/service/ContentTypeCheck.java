package io.cachedinference.examples.service;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/**
 * Refuses a request whose {@code Content-Type} is not a media type at all (such as {@code ;;;})
 * with 415 {@code invalid-content-type} and the service's JSON error, before resource matching,
 * where the JAX-RS runtime would otherwise answer an empty 400.
 */
@Provider
@PreMatching
public class ContentTypeCheck implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (contentType == null) {
            return;
        }
        try {
            MediaType.valueOf(contentType);
        } catch (IllegalArgumentException e) {
            String quoted = TensorBodies.quote(contentType, TensorBodies.QUOTED);
            throw ApiException.unsupportedMediaType("invalid-content-type", "The Content-Type '" + quoted
                    + "' is not a media type; send application/json or application/octet-stream",
                    Map.of("contentType", quoted));
        }
    }
}
