package io.cachedinference.interceptor.internal.validation;

/** A JSR-107 cache annotation used against the spec's rules. */
public final class InvalidCacheAnnotationException extends CachedInferenceDeploymentException {

    private static final long serialVersionUID = 1L;

    public InvalidCacheAnnotationException(String message) {
        super(ProblemId.INVALID_CACHE_ANNOTATION, message);
    }

    public InvalidCacheAnnotationException(String message, Throwable cause) {
        super(ProblemId.INVALID_CACHE_ANNOTATION, message, cause);
    }
}
