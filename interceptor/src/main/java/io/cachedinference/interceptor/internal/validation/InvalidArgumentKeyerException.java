package io.cachedinference.interceptor.internal.validation;

/**
 * An {@code ArgumentKeyer} that cannot be used: it cannot be loaded, names no type, names a type the
 * built-in rules already cover, or shares its type with another keyer.
 */
public final class InvalidArgumentKeyerException extends CachedInferenceDeploymentException {

    private static final long serialVersionUID = 1L;

    public InvalidArgumentKeyerException(String message) {
        super(ProblemId.INVALID_ARGUMENT_KEYER, message);
    }

    public InvalidArgumentKeyerException(String message, Throwable cause) {
        super(ProblemId.INVALID_ARGUMENT_KEYER, message, cause);
    }
}
