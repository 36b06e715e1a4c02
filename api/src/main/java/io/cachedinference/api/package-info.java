/**
 * The public API of cached-inference: the {@link io.cachedinference.api.CachedInference} annotation,
 * the {@link io.cachedinference.api.KeyGenerator} SPI with its {@link io.cachedinference.api.InferenceKey}
 * value, and the {@link io.cachedinference.api.InferenceCaches} facade.
 */
package io.cachedinference.api;
