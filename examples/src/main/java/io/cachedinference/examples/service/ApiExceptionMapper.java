package io.cachedinference.examples.service;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/**
 * Renders an {@link ApiException} as its status with a JSON error body, closing the connection when
 * the exception says so; logs server errors.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<ApiException> {

    private static final Logger LOG = System.getLogger(ApiExceptionMapper.class.getName());

    @Override
    public Response toResponse(ApiException e) {
        if (e.status().getFamily() == Response.Status.Family.SERVER_ERROR) {
            LOG.log(Level.WARNING, e.getMessage(), e.getCause());
        }
        Response.ResponseBuilder response = Response.status(e.status()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorBody.of(e.status().getStatusCode(), e.code(), e.getMessage(), e.details()));
        if (e.closesConnection()) {
            response.header("Connection", "close");
        }
        return response.build();
    }
}
