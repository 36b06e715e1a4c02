/** The compression benchmark's typical results and the model that answers them. */
package io.cachedinference.benchmarks.compression;
