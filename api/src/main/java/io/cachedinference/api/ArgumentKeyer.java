package io.cachedinference.api;

/**
 * Keys the values of one type of your own (a {@code Tensor} class, a {@code BufferedImage}, a
 * protobuf message) for the built-in content key, so methods can take that type as a parameter
 * without a whole {@link KeyGenerator}.
 *
 * <p>Register it as a CDI bean (any scope; a {@code @Dependent} keyer lives until the container
 * shuts down) or through {@code ServiceLoader}, in
 * {@code META-INF/services/io.cachedinference.api.ArgumentKeyer}. The built-in key then:
 * <ol>
 *   <li>accepts at deployment a parameter whose declared type is {@link #type()} or a subtype, and
 *       such types inside records, collections, maps and arrays;</li>
 *   <li>on a call, for a value the built-in rules do not cover, takes the keyer of the nearest type:
 *       the value's class, then its superclasses, then its interfaces; a keyer never replaces a
 *       built-in rule, so one may not be registered for a type those rules cover (arrays, strings,
 *       boxed values, enums, records, collections, maps, {@code ByteBuffer}s), and two keyers may
 *       not share a type; either fails deployment;</li>
 *   <li>writes the keyer's type name, then whatever {@link #write} puts, then an end mark: values
 *       of two keyers never share a key, and a value's content can neither run into the next
 *       argument nor be confused with it.</li>
 * </ol>
 *
 * <p>What it writes decides what the key treats as equal: write everything that can change the
 * model's answer, and nothing else. It must be deterministic across JVMs (no identity hash codes,
 * no iteration order of hash-based collections; put a {@code Map} or {@code Set} through
 * {@link KeySink#putValue(Object)} instead) and thread-safe.
 *
 * @param <T> the type it keys
 */
public interface ArgumentKeyer<T> {

    /** The type whose values, and whose subtypes' values, this keyer writes. */
    Class<T> type();

    /**
     * Writes what identifies one value.
     *
     * @param value a value of {@link #type()}, never {@code null} ({@code null} is keyed by the built-in key)
     * @param sink  where to write; valid only during this call
     */
    void write(T value, KeySink sink);
}
