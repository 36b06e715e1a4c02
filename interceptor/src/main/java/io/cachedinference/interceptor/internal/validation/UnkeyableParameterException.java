package io.cachedinference.interceptor.internal.validation;

/** A parameter type the method's key generator cannot key. */
public final class UnkeyableParameterException extends CachedInferenceDeploymentException {

    private static final long serialVersionUID = 1L;

    public UnkeyableParameterException(String message) {
        super(ProblemId.UNKEYABLE_PARAMETER, message);
    }

    public UnkeyableParameterException(String message, Throwable cause) {
        super(ProblemId.UNKEYABLE_PARAMETER, message, cause);
    }
}
