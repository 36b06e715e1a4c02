package io.cachedinference.examples.service;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/**
 * Gives the errors that the JAX-RS runtime raises itself (no such path 404, 405, 406, 415) the
 * same JSON body as the service's own, so that a client parses every error one way.
 */
@Provider
public class WebErrorMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original.getStatus();
        String reason = original.getStatusInfo().getReasonPhrase();
        String message = e.getMessage() != null ? e.getMessage() : reason;
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorBody.of(status, "http-" + status, message, Map.of())).build();
    }
}
