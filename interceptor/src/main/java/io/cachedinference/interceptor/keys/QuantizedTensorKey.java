package io.cachedinference.interceptor.keys;

import io.cachedinference.api.KeyGeneratorContext;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Keys float and double arrays after rounding every element to a multiple of a step, so inputs
 * that differ only by tiny numeric noise (a re-encoded image, a recomputed feature vector) can
 * share a key.
 *
 * <p>What it treats as equal: two arrays of the same type and length whose elements round to the
 * same multiples of the step, element by element: {@code x} and {@code y} share a level when
 * {@code Math.rint(x / step) == Math.rint(y / step)}, that is when both lie within half a step of the
 * same multiple {@code k·step}. Values close together but on either side of a midpoint
 * {@code (k + ½)·step} still get different keys: quantizing makes keys coarser, it cannot make
 * "nearby" transitive. {@code 0.0} and {@code -0.0} are equal; {@code NaN} is a level of its own;
 * values beyond about ±2<sup>31</sup> steps (floats) or ±2<sup>63</sup> steps (doubles) share the
 * extreme level, as do the infinities. The step is part of the key, so changing it never meets
 * entries keyed with another step.
 *
 * <p>Which arguments: each {@code float[]} and {@code double[]} key argument, and those inside
 * object arrays ({@code float[][]}) at any depth; every other argument, including arrays inside
 * records or lists, is keyed exactly by the built-in content key. The cost is one extra pass and
 * an {@code int[]} (or {@code long[]}) of the array's length per call.
 *
 * <p>The step: {@code cached-inference.cache.<cacheName>.quantization-step} when set, else the
 * step a subclass passes to {@link #QuantizedTensorKey(double)}, else {@value #DEFAULT_STEP}. For
 * example, as a CDI bean named in {@code keyGenerator}:
 * <pre>{@code
 * @Dependent
 * public class EmbeddingQuantizer extends QuantizedTensorKey {
 *     public EmbeddingQuantizer() {
 *         super(1.0 / 256);   // 8 bits per unit
 *     }
 * }
 * }</pre>
 */
public class QuantizedTensorKey extends CanonicalKeyGenerator {

    /** The setting {@code cached-inference.cache.<cacheName>.quantization-step}: a positive, finite number. */
    public static final String STEP_SETTING = "quantization-step";

    /** The step when neither configuration nor a subclass sets one. */
    public static final double DEFAULT_STEP = 1e-3;

    private volatile double step;

    /** Quantizes to {@value #DEFAULT_STEP}, unless configured otherwise. */
    public QuantizedTensorKey() {
        this(DEFAULT_STEP);
    }

    /**
     * Quantizes to the given step, unless configured otherwise.
     *
     * @throws IllegalArgumentException if the step is not positive and finite
     */
    protected QuantizedTensorKey(double step) {
        this.step = checked(step, () -> "QuantizedTensorKey step " + step);
    }

    /** The step values are rounded to. */
    public double step() {
        return step;
    }

    @Override
    protected void configureFrom(KeyGeneratorContext context) {
        Optional<String> configured = context.setting(STEP_SETTING);
        if (configured.isEmpty()) {
            return;
        }
        String origin = context.settingKey(STEP_SETTING) + "=" + configured.get();
        double value;
        try {
            value = Double.parseDouble(configured.get());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(origin + " is not a number; use a positive step such as 0.01", e);
        }
        step = checked(value, () -> origin);
    }

    @Override
    protected Object canonical(Object argument) {
        if (argument instanceof float[]) {
            return floats((float[]) argument, step);
        }
        if (argument instanceof double[]) {
            return doubles((double[]) argument, step);
        }
        if (argument instanceof Object[]) {
            Object[] a = (Object[]) argument;
            Object[] out = new Object[a.length];
            for (int i = 0; i < a.length; i++) {
                out[i] = canonical(a[i]);
            }
            return out;
        }
        return argument;
    }

    /** The level of each element: {@code rint(x / step)}, saturated, with {@code NaN} apart. */
    static QuantizedFloats floats(float[] a, double step) {
        int[] levels = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            float x = a[i];
            if (x != x) {
                levels[i] = Integer.MIN_VALUE;
            } else {
                // the cast saturates; MIN_VALUE is kept for NaN, so -infinity joins the lowest finite level
                levels[i] = Math.max(Integer.MIN_VALUE + 1, (int) Math.rint(x / step));
            }
        }
        return new QuantizedFloats(step, levels);
    }

    static QuantizedDoubles doubles(double[] a, double step) {
        long[] levels = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            double x = a[i];
            levels[i] = x != x ? Long.MIN_VALUE : Math.max(Long.MIN_VALUE + 1, (long) Math.rint(x / step));
        }
        return new QuantizedDoubles(step, levels);
    }

    private static double checked(double step, Supplier<String> origin) {
        if (!(step > 0) || Double.isInfinite(step)) {
            throw new IllegalArgumentException(origin.get() + " must be a positive, finite number");
        }
        return step;
    }

    /** The canonical form of a {@code float[]}: the step and each element's level. */
    record QuantizedFloats(double step, int[] levels) {
    }

    /** The canonical form of a {@code double[]}: the step and each element's level. */
    record QuantizedDoubles(double step, long[] levels) {
    }
}
