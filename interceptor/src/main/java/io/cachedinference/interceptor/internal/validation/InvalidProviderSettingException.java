package io.cachedinference.interceptor.internal.validation;

/** An invalid value of a provider's own setting. */
public final class InvalidProviderSettingException extends CachedInferenceDeploymentException {

    private static final long serialVersionUID = 1L;

    public InvalidProviderSettingException(String message) {
        super(ProblemId.INVALID_PROVIDER_SETTING, message);
    }

    public InvalidProviderSettingException(String message, Throwable cause) {
        super(ProblemId.INVALID_PROVIDER_SETTING, message, cause);
    }
}
