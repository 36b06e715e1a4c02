package io.cachedinference.interceptor.internal.validation;

/** A method marked as a batch method that does not take a list of items or return a list of results. */
public final class InvalidBatchMethodException extends CachedInferenceDeploymentException {

    private static final long serialVersionUID = 1L;

    public InvalidBatchMethodException(String message) {
        super(ProblemId.INVALID_BATCH_METHOD, message);
    }
}
