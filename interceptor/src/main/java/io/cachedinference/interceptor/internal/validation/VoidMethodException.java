package io.cachedinference.interceptor.internal.validation;

/** @CachedInference on a method returning void: there is no result to cache. */
public final class VoidMethodException extends CachedInferenceDeploymentException {

    private static final long serialVersionUID = 1L;

    public VoidMethodException(String message) {
        super(ProblemId.VOID_METHOD, message);
    }

    public VoidMethodException(String message, Throwable cause) {
        super(ProblemId.VOID_METHOD, message, cause);
    }
}
