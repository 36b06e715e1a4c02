/**
 * Public, approximate key generators to name in
 * {@link io.cachedinference.api.CachedInference#keyGenerator()}: each derives a canonical form of
 * the key arguments and hands it to the cache's built-in content key, so two calls share a key
 * exactly when their canonical forms are equal.
 * <ul>
 *   <li>{@link io.cachedinference.interceptor.keys.QuantizedTensorKey}: float and double arrays
 *       rounded to a step;</li>
 *   <li>{@link io.cachedinference.interceptor.keys.ImageFingerprintKey}: float images by a
 *       perceptual hash, for video frames that differ only by sensor noise or exposure;</li>
 *   <li>{@link io.cachedinference.interceptor.keys.NormalizedTextKey}: text after Unicode NFKC,
 *       trimming, whitespace collapsing and optional case folding.</li>
 * </ul>
 * They live in the interceptor module, not in {@code api}, because they are implementations with
 * numeric code of their own and need a working content key even outside a deployment. Extend
 * {@link io.cachedinference.interceptor.keys.CanonicalKeyGenerator} to write another.
 *
 * <p>The package is {@code @Vetoed}: these classes are never beans themselves, so naming one finds
 * your configured subclass bean (for example a {@code @Dependent} subclass that passes its own step)
 * when there is one.
 */
@Vetoed
package io.cachedinference.interceptor.keys;

import jakarta.enterprise.inject.Vetoed;
