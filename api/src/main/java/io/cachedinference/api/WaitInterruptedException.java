package io.cachedinference.api;

/**
 * A call that was waiting for an equal call's model run (single flight) was interrupted. Its thread's
 * interrupt flag is set again; the method was not run for it, and nothing was cached for it. Unchecked,
 * so that a method such as {@code float[] infer(float[])} can be interrupted without declaring
 * {@link InterruptedException}; the cause is the {@code InterruptedException}.
 */
public class WaitInterruptedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The interrupted wait, naming the method and its cache. */
    public WaitInterruptedException(String message, InterruptedException cause) {
        super(message, cause);
    }
}
