package io.cachedinference.interceptor.internal.validation;

/** The provider failed to create one cache. */
public final class CacheCreationFailedException extends CachedInferenceDeploymentException {

    private static final long serialVersionUID = 1L;

    public CacheCreationFailedException(String message) {
        super(ProblemId.CACHE_CREATION_FAILED, message);
    }

    public CacheCreationFailedException(String message, Throwable cause) {
        super(ProblemId.CACHE_CREATION_FAILED, message, cause);
    }
}
