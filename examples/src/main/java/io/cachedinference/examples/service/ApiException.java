package io.cachedinference.examples.service;

import jakarta.ws.rs.core.Response.Status;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request the service answers with an error: the HTTP status, a stable code for programs, a
 * message for people that names what is wrong, and details (the offending values). Rendered as
 * {@code {"error": message, "code": code, "status": status, ...details}} by {@link ApiExceptionMapper}.
 */
public final class ApiException extends RuntimeException {

    private final Status status;
    private final String code;
    private final Map<String, Object> details;

    private ApiException(Status status, String code, String message, Map<String, Object> details, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.code = code;
        this.details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** 400: the request cannot be answered as sent. */
    public static ApiException badRequest(String code, String message, Map<String, Object> details) {
        return new ApiException(Status.BAD_REQUEST, code, message, details, null);
    }

    /** 404: the named model or cache does not exist. */
    public static ApiException notFound(String code, String message, Map<String, Object> details) {
        return new ApiException(Status.NOT_FOUND, code, message, details, null);
    }

    /** 500: the model failed; nothing was cached. */
    public static ApiException modelFailed(String model, Throwable cause) {
        return new ApiException(Status.INTERNAL_SERVER_ERROR, "model-failed",
                "Model '" + model + "' failed: " + cause, Map.of("model", model), cause);
    }

    /** The HTTP status. */
    public Status status() {
        return status;
    }

    /** The stable code, such as {@code wrong-length}. */
    public String code() {
        return code;
    }

    /** The offending values, by name. */
    public Map<String, Object> details() {
        return details;
    }
}
