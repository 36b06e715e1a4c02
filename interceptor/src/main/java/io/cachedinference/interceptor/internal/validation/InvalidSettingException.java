package io.cachedinference.interceptor.internal.validation;

/** A configuration value or annotation member that is not valid. */
public final class InvalidSettingException extends CachedInferenceDeploymentException {

    private static final long serialVersionUID = 1L;

    public InvalidSettingException(String message) {
        super(ProblemId.INVALID_SETTING, message);
    }

    public InvalidSettingException(String message, Throwable cause) {
        super(ProblemId.INVALID_SETTING, message, cause);
    }
}
