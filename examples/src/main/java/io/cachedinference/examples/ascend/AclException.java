package io.cachedinference.examples.ascend;

import java.util.Objects;

/**
 * An AscendCL call failed. Carries the numeric {@code aclError} code, its name from the CANN
 * headers, the C function that returned it and the runtime's own explanation
 * ({@code aclGetRecentErrMsg()}, fetched on the failing thread right after the call).
 */
public final class AclException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int code;
    private final String function;
    private final String recentErrorMessage;

    AclException(int code, String function, String recentErrorMessage, String context) {
        super(message(code, function, recentErrorMessage, context));
        this.code = code;
        this.function = Objects.requireNonNull(function, "function");
        this.recentErrorMessage = recentErrorMessage == null ? "" : recentErrorMessage;
    }

    private static String message(int code, String function, String recent, String context) {
        StringBuilder text = new StringBuilder(function).append(" failed: ");
        if (code == AclError.NULL_HANDLE) {
            text.append("returned NULL");
        } else {
            text.append(code).append(' ').append(AclError.name(code));
        }
        if (recent != null && !recent.isBlank()) {
            text.append(": ").append(recent.strip());
        }
        if (context != null && !context.isEmpty()) {
            text.append(" [").append(context).append(']');
        }
        return text.toString();
    }

    /** The {@code aclError} value; {@code -1} when a handle-returning function returned NULL. */
    public int code() {
        return code;
    }

    /** The code's constant name, e.g. {@code ACL_ERROR_RT_CONTEXT_NULL}. */
    public String codeName() {
        return AclError.name(code);
    }

    /** The failing C function, e.g. {@code aclmdlLoadFromFile}. */
    public String function() {
        return function;
    }

    /** What {@code aclGetRecentErrMsg()} returned; empty when the runtime had no message. */
    public String recentErrorMessage() {
        return recentErrorMessage;
    }
}
