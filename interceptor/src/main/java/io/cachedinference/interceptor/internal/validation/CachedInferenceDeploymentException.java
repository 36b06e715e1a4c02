package io.cachedinference.interceptor.internal.validation;

import jakarta.enterprise.inject.spi.DeploymentException;

/** A problem found at deployment; each rule has its own subtype, so tests and operators can tell them apart. */
public abstract class CachedInferenceDeploymentException extends DeploymentException {

    private static final long serialVersionUID = 1L;

    protected CachedInferenceDeploymentException(String message) {
        super(message);
    }

    protected CachedInferenceDeploymentException(String message, Throwable cause) {
        super(message, cause);
    }
}
