/**
 * The public API of cached-inference: the {@link io.cachedinference.api.CachedInference} annotation
 * and {@link io.cachedinference.api.CacheKey}, the {@link io.cachedinference.api.KeyGenerator} SPI with
 * its {@link io.cachedinference.api.KeyGeneratorContext} and {@link io.cachedinference.api.InferenceKey}
 * value, the {@link io.cachedinference.api.ArgumentKeyer} SPI with its
 * {@link io.cachedinference.api.KeySink}, the {@link io.cachedinference.api.KeyDigest} choice, and the
 * {@link io.cachedinference.api.InferenceCaches} facade.
 */
package io.cachedinference.api;
