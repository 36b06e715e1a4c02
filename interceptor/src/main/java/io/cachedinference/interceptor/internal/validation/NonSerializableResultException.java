package io.cachedinference.interceptor.internal.validation;

/** A result type that is not Serializable, with a provider that stores by value or across a cluster. */
public final class NonSerializableResultException extends CachedInferenceDeploymentException {

    private static final long serialVersionUID = 1L;

    public NonSerializableResultException(String message) {
        super(ProblemId.NON_SERIALIZABLE_RESULT, message);
    }
}
