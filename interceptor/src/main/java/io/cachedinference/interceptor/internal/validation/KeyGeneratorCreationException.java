package io.cachedinference.interceptor.internal.validation;

/** A key generator that cannot be created. */
public final class KeyGeneratorCreationException extends CachedInferenceDeploymentException {

    private static final long serialVersionUID = 1L;

    public KeyGeneratorCreationException(String message) {
        super(ProblemId.KEY_GENERATOR_CREATION, message);
    }

    public KeyGeneratorCreationException(String message, Throwable cause) {
        super(ProblemId.KEY_GENERATOR_CREATION, message, cause);
    }
}
