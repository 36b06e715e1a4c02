package io.cachedinference.interceptor.internal.validation;

/** A JSR-107 CacheResolverFactory that cannot be created or gives no resolver. */
public final class CacheResolverCreationException extends CachedInferenceDeploymentException {

    private static final long serialVersionUID = 1L;

    public CacheResolverCreationException(String message) {
        super(ProblemId.CACHE_RESOLVER_CREATION, message);
    }

    public CacheResolverCreationException(String message, Throwable cause) {
        super(ProblemId.CACHE_RESOLVER_CREATION, message, cause);
    }
}
