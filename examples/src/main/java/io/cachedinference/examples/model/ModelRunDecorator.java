package io.cachedinference.examples.model;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

/**
 * Records every run of an {@link InferenceModel} bean in {@link ModelRuns}. CDI calls decorators
 * after interceptors, so on a cache hit the {@code @CachedInference} interceptor answers before
 * this decorator is reached: it sees model runs only, without a line in the model beans.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class ModelRunDecorator implements InferenceModel {

    private final InferenceModel delegate;

    @Inject
    protected ModelRunDecorator(@Delegate @Any InferenceModel delegate) {
        this.delegate = delegate;
    }

    @Override
    public float[] infer(float[] input) {
        ModelRuns.record();
        return delegate.infer(input);
    }
}
