package io.cachedinference.interceptor.internal.validation;

import jakarta.enterprise.inject.spi.DeploymentException;

/**
 * A problem found at deployment; each rule has its own subtype and {@link ProblemId}, whose code starts
 * the message, so tests and operators can tell them apart.
 */
public abstract class CachedInferenceDeploymentException extends DeploymentException {

    private static final long serialVersionUID = 1L;

    private final ProblemId id;

    protected CachedInferenceDeploymentException(ProblemId id, String message) {
        super(id.code() + " " + message);
        this.id = id;
    }

    protected CachedInferenceDeploymentException(ProblemId id, String message, Throwable cause) {
        super(id.code() + " " + message, cause);
        this.id = id;
    }

    /** The problem's stable id. */
    public ProblemId id() {
        return id;
    }
}
