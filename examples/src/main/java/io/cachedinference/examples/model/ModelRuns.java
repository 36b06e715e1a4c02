package io.cachedinference.examples.model;

import java.util.function.Supplier;

/**
 * Tells a caller whether a model ran on its own thread during a call, which is how the service
 * reports {@code "cache": "hit"} or {@code "miss"} per request.
 *
 * <p>A model method calls {@link #record()} in its body; with {@code @CachedInference} the body
 * runs only on a miss, so a call {@linkplain #observe observed} without a record was answered
 * without running the model: a cache hit, or a wait for an equal call that ran it (single flight).
 */
public final class ModelRuns {

    private static final ThreadLocal<boolean[]> RAN = new ThreadLocal<>();

    private ModelRuns() {
    }

    /** The value of an observed call and whether a model ran during it. */
    public record Observed<T>(T value, boolean modelRan) {
    }

    /** Marks that a model is running on this thread; a no-op outside {@link #observe}. */
    public static void record() {
        boolean[] flag = RAN.get();
        if (flag != null) {
            flag[0] = true;
        }
    }

    /** Runs the call and tells whether a model {@linkplain #record() recorded} a run during it. */
    public static <T> Observed<T> observe(Supplier<T> call) {
        boolean[] outer = RAN.get();
        boolean[] flag = new boolean[1];
        RAN.set(flag);
        try {
            T value = call.get();
            return new Observed<>(value, flag[0]);
        } finally {
            if (outer == null) {
                RAN.remove();
            } else {
                RAN.set(outer);
                outer[0] |= flag[0];
            }
        }
    }
}
