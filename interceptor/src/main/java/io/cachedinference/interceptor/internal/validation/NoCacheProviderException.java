package io.cachedinference.interceptor.internal.validation;

/** No usable JCache provider: none on the class path, or the configured one is unknown or fails. */
public final class NoCacheProviderException extends CachedInferenceDeploymentException {

    private static final long serialVersionUID = 1L;

    public NoCacheProviderException(String message) {
        super(ProblemId.NO_CACHE_PROVIDER, message);
    }

    public NoCacheProviderException(String message, Throwable cause) {
        super(ProblemId.NO_CACHE_PROVIDER, message, cause);
    }
}
