package io.cachedinference.interceptor.internal.validation;

/** Two methods that share one cache but ask for different policies. */
public final class ConflictingCachePolicyException extends CachedInferenceDeploymentException {

    private static final long serialVersionUID = 1L;

    public ConflictingCachePolicyException(String message) {
        super(ProblemId.CONFLICTING_CACHE_POLICY, message);
    }

    public ConflictingCachePolicyException(String message, Throwable cause) {
        super(ProblemId.CONFLICTING_CACHE_POLICY, message, cause);
    }
}
