package io.cachedinference.interceptor.internal.validation;

/** An eviction policy the selected provider does not support. */
public final class UnsupportedPolicyException extends CachedInferenceDeploymentException {

    private static final long serialVersionUID = 1L;

    public UnsupportedPolicyException(String message) {
        super(ProblemId.UNSUPPORTED_POLICY, message);
    }

    public UnsupportedPolicyException(String message, Throwable cause) {
        super(ProblemId.UNSUPPORTED_POLICY, message, cause);
    }
}
