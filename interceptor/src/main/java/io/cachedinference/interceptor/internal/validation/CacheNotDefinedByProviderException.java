package io.cachedinference.interceptor.internal.validation;

/** A cache whose bound or eviction only the provider's own configuration can give. */
public final class CacheNotDefinedByProviderException extends CachedInferenceDeploymentException {

    private static final long serialVersionUID = 1L;

    public CacheNotDefinedByProviderException(String message) {
        super(ProblemId.CACHE_NOT_DEFINED_BY_PROVIDER, message);
    }

    public CacheNotDefinedByProviderException(String message, Throwable cause) {
        super(ProblemId.CACHE_NOT_DEFINED_BY_PROVIDER, message, cause);
    }
}
