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
    private final boolean closesConnection;

    private ApiException(Status status, String code, String message, Map<String, Object> details, Throwable cause,
            boolean closesConnection) {
        super(message, cause);
        this.status = status;
        this.code = code;
        this.details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
        this.closesConnection = closesConnection;
    }

    private ApiException(Status status, String code, String message, Map<String, Object> details, Throwable cause) {
        this(status, code, message, details, cause, false);
    }

    /** 400: the request cannot be answered as sent. */
    public static ApiException badRequest(String code, String message, Map<String, Object> details) {
        return new ApiException(Status.BAD_REQUEST, code, message, details, null);
    }

    /** 404: the named model or cache does not exist. */
    public static ApiException notFound(String code, String message, Map<String, Object> details) {
        return new ApiException(Status.NOT_FOUND, code, message, details, null);
    }

    /**
     * 413: the body is larger than the service reads. The answer closes the connection, so that
     * the rest of the body is never read.
     */
    public static ApiException bodyTooLarge(String message, Map<String, Object> details) {
        return new ApiException(Status.REQUEST_ENTITY_TOO_LARGE, "body-too-large", message, details, null, true);
    }

    /** 408: the body did not arrive in time; closes the connection like {@link #bodyTooLarge}. */
    public static ApiException bodyTimeout(String message, Map<String, Object> details, Throwable cause) {
        return new ApiException(Status.REQUEST_TIMEOUT, "body-timeout", message, details, cause, true);
    }

    /** 400: the body could not be read (the client went away); closes the connection. */
    public static ApiException bodyUnreadable(String message, Map<String, Object> details, Throwable cause) {
        return new ApiException(Status.BAD_REQUEST, "body-unreadable", message, details, cause, true);
    }

    /** 414: a query longer than the service searches. */
    public static ApiException uriTooLong(String code, String message, Map<String, Object> details) {
        return new ApiException(Status.REQUEST_URI_TOO_LONG, code, message, details, null);
    }

    /** 415: a {@code Content-Type} the service cannot read. */
    public static ApiException unsupportedMediaType(String code, String message, Map<String, Object> details) {
        return new ApiException(Status.UNSUPPORTED_MEDIA_TYPE, code, message, details, null);
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

    /** Whether the answer closes the connection ({@code Connection: close}) rather than read the rest of the body. */
    public boolean closesConnection() {
        return closesConnection;
    }
}
