/** The batch benchmark's model: a {@code @CachedInference(batch = true)} classifier with a simulated cost. */
package io.cachedinference.benchmarks.batch;
