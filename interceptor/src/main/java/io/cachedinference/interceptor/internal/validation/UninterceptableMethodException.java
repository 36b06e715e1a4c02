package io.cachedinference.interceptor.internal.validation;

/** @CachedInference on a private, static or final method, which no interceptor can reach. */
public final class UninterceptableMethodException extends CachedInferenceDeploymentException {

    private static final long serialVersionUID = 1L;

    public UninterceptableMethodException(String message) {
        super(ProblemId.UNINTERCEPTABLE_METHOD, message);
    }

    public UninterceptableMethodException(String message, Throwable cause) {
        super(ProblemId.UNINTERCEPTABLE_METHOD, message, cause);
    }
}
